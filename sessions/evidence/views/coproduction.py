from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from projects.access import get_project
from projects.forms.ladder import LadderForm
from projects.predicates import membership
from projects.roles import Role
from projects.selectors import ladder
from projects.selectors.decisions import decision_summary
from projects.services.ladder import ladder_rate
from projects.views.kept_pages import kept_for_the_viewer
from sessions.evidence.selectors import coproduction as reads
from sessions.prototypes.selectors.outcomes import adopted_ideas_by_role


def _page(request, project, form, status=200):
    context = {
        "project": project,
        "decisions": decision_summary(project),
        "roles": [role.label for role in Role],
        "adopted": adopted_ideas_by_role(project),
        "by_stage": reads.attendance_by_stage_and_role(project),
        "balance": reads.session_balance(project),
        "decision_balance": reads.decision_balance(project),
        "few_percent": round(reads.FEW_YOUNG_PEOPLE * 100),
        "ratings": ladder.ladder_by_role(project),
        "rungs": ladder.rungs_explained(),
        "has_rated": ladder.has_rated(project, request.user),
        "form": form,
    }
    return render(request, "evidence/coproduction.html", context, status=status)


@login_required
@require_GET
@kept_for_the_viewer("co-production")
def coproduction(request, slug):
    """How co-produced is it? Evidence from the records beside how people rate it."""
    project = get_project(request, slug)
    return _page(request, project, LadderForm())


@login_required
@require_POST
def ladder_rate_view(request, slug):
    """Give an anonymous rating; a rating that cannot be taken shows the page again, with the
    form and what to put right."""
    project = get_project(request, slug, "projects.rate_ladder")
    form = LadderForm(request.POST)
    if form.is_valid():
        role = membership(request.user, project).role
        try:
            ladder_rate(
                project=project, user=request.user, role=role, rung=form.cleaned_data["rung"]
            )
        except ValidationError as error:
            form.add_error(None, error.messages[0])
        else:
            messages.success(request, "Thank you. Your rating is counted, without your name.")
            return redirect("coproduction:page", slug=project.slug)
    return _page(request, project, form, status=422)
