from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.forms.decisions import DecisionForm, DecisionSearchForm
from projects.freshness import cached, project_changing
from projects.models import Decision
from projects.selectors.decisions import decision_summary
from projects.views.kept_pages import kept_for_the_viewer


@login_required
@require_GET
@kept_for_the_viewer("decisions")
def decision_list(request, slug):
    project = get_project(request, slug)
    search = DecisionSearchForm(request.GET)
    decisions = paged(request, search.filter(project.decisions.select_related("recorded_by")))
    context = {
        "project": project,
        "decisions": decisions,
        "search": search,
        "summary": cached(project, "decision_summary", lambda: decision_summary(project)),
        "can_record": request.user.has_perm("projects.add_decision", project),
    }
    return render(request, "projects/decision_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def decision_new(request, slug):
    project = get_project(request, slug, "projects.add_decision")
    form = DecisionForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        decision = form.save(commit=False)
        decision.project, decision.recorded_by = project, request.user
        with project_changing(project):
            decision.save()
        messages.success(request, "The decision is in the log.")
        return redirect("projects:decisions", slug=project.slug)
    return render(request, "projects/decision_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def decision_edit(request, slug, pk):
    project = get_project(request, slug)
    decision = get_project_object(
        request, project, Decision.objects.all(), "projects.change_decision", pk=pk
    )
    form = DecisionForm(submitted(request), instance=decision)
    if request.method == "POST" and form.is_valid():
        with project_changing(project):
            form.save()
        messages.success(request, "The decision is updated.")
        return redirect("projects:decisions", slug=project.slug)
    context = {"project": project, "form": form, "decision": decision}
    return render(request, "projects/decision_form.html", context)
