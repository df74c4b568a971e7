from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project
from projects.forms.reflections import ReflectionForm
from projects.models import Reflection
from projects.selectors import reflections as reads
from projects.services.reflections import reflection_add

PER_PAGE = 30


@login_required
@require_http_methods(["GET", "POST"])
def reflections(request, slug):
    """Every member reads what others learnt and adds their own, on one page."""
    adding = request.method == "POST"
    project = get_project(request, slug, "projects.add_reflection" if adding else None)
    form = ReflectionForm(submitted(request))
    if adding and form.is_valid():
        reflection_add(project=project, by=request.user, **form.cleaned_data)
        messages.success(request, "Thank you. Your reflection is added.")
        return redirect("projects:reflections", slug=project.slug)
    kind = request.GET.get("kind", "")
    kind = kind if kind in Reflection.Kind.values else ""
    page = paged(request, reads.reflections_for_list(project, kind=kind), per_page=PER_PAGE)
    context = {
        "project": project,
        "form": form,
        "page": page,
        "kind": kind,
        "counts": reads.reflection_counts(project),
    }
    return render(request, "projects/reflection_list.html", context)
