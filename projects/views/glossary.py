from itertools import groupby

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError
from django.db.models.functions import Lower
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.forms.glossary import GlossaryTermForm
from projects.freshness import project_changing
from projects.models import GlossaryTerm, Project
from projects.selectors.glossary import term_anchor
from projects.views.kept_pages import kept_for_the_viewer


def _with_anchors(terms, project=None):
    return [(term, term_anchor(term, project)) for term in terms]


@require_GET
def glossary(request):
    """Every site-wide word; for someone signed in, their projects' own words too."""
    site_words = _with_anchors(GlossaryTerm.objects.filter(project=None))
    project_words = []
    if request.user.is_authenticated:
        rows = (
            GlossaryTerm.objects.filter(project__in=Project.objects.for_user(request.user))
            .select_related("project")
            .order_by(Lower("project__title"), "project_id", Lower("term"))
        )
        for project, terms in groupby(rows, key=lambda term: term.project):
            project_words.append((project, _with_anchors(terms, project)))
    context = {"site_words": site_words, "project_words": project_words}
    return render(request, "glossary.html", context)


@login_required
@require_GET
@kept_for_the_viewer("project-words")
def project_glossary(request, slug):
    project = get_project(request, slug)
    page = paged(request, project.glossary_terms.all())
    context = {
        "project": project,
        "page": page,
        "terms": _with_anchors(page, project),
        "can_change": request.user.has_perm("projects.change_glossary", project),
    }
    return render(request, "projects/glossaryterm_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def glossary_new(request, slug):
    project = get_project(request, slug, "projects.change_glossary")
    form = GlossaryTermForm(submitted(request), project=project)
    if request.method == "POST" and form.is_valid():
        term = form.save(commit=False)
        term.project, term.created_by = project, request.user
        if _saved(form, term):
            messages.success(request, f"“{term.term}” is explained in the project's words.")
            return redirect("projects:glossary", slug=project.slug)
    return render(request, "projects/glossaryterm_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def glossary_edit(request, slug, pk):
    project = get_project(request, slug)
    term = get_project_object(
        request, project, GlossaryTerm.objects.all(), "projects.change_glossary", pk=pk
    )
    data = submitted(request)
    form = GlossaryTermForm(data, instance=term, project=project)
    if request.method == "POST" and form.is_valid() and _saved(form, form.instance):
        messages.success(request, f"“{term.term}” is updated.")
        return redirect("projects:glossary", slug=project.slug)
    context = {"project": project, "form": form, "term": term}
    return render(request, "projects/glossaryterm_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def glossary_delete(request, slug, pk):
    project = get_project(request, slug)
    term = get_project_object(
        request, project, GlossaryTerm.objects.all(), "projects.change_glossary", pk=pk
    )
    if request.method == "POST":
        with project_changing(project):
            term.delete()
        messages.success(request, f"“{term.term}” is no longer in the project's words.")
        return redirect("projects:glossary", slug=project.slug)
    context = {"project": project, "term": term}
    return render(request, "projects/glossaryterm_delete.html", context)


def _saved(form, term):
    """Save, or explain: someone may have added the same word a moment ago."""
    try:
        with project_changing(term.project):
            term.save()
    except IntegrityError:
        form.duplicate_error()
        return False
    return True
