from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from projects.access import get_project
from projects.decision_log import decision_summary
from projects.forms.ladder import LadderForm
from projects.roles import Role
from projects.selectors import ladder
from sessions.selectors import coproduction as reads
from sessions.selectors.prototype_outcomes import adopted_ideas_by_role


@login_required
@require_GET
def coproduction(request, slug):
    """How co-produced is it? Evidence from the records beside how people rate it."""
    project = get_project(request, slug)
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
        "form": LadderForm(),
    }
    return render(request, "sessions/coproduction.html", context)
