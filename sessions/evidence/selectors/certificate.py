"""What one person did in one project, for their certificate of involvement."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from participants.registries.roles_held import roles_held
from projects.models import Outcome
from sessions.models import Attendance, Completion
from sessions.prototypes.selectors.outcomes import agreed_outcome, ideas_of

# The sessions a certificate names one by one; the count and hours always cover them all.
LISTED = 30
# How the working group's finder names the role; someone offline has no account to find it by.
WORKING_GROUP = "Working group member"


@dataclass(frozen=True)
class Certificate:
    participant: object
    project: object
    sessions: list
    session_count: int
    hours: float
    roles: list
    roles_held: list  # [RoleHeld] in this project: co-trainer, pitch panel, working group
    trainings: list  # [(module title, when finished)]
    ideas: list  # [(idea title, title of the agreed outcome it led to, or "")]
    outcomes: list
    issued_on: object


def certificate_for(participant):
    project = participant.project
    came = list(
        Attendance.objects.attended()
        .filter(participant=participant)
        .select_related("session")
        .order_by("session__starts_at")
        .values_list("session__title", "session__starts_at", "session__ends_at")
    )
    total = sum((ends - starts for _title, starts, ends in came), timedelta())
    roles = [participant.get_role_display()]
    held = [
        role
        for role in (roles_held.for_user(participant.user) if participant.user_id else [])
        if role.project_id == project.pk
    ]
    if participant.in_working_group and not any(r.label == WORKING_GROUP for r in held):
        roles.append("Member of the working group")
    trainings = list(
        Completion.objects.filter(participant=participant, module__project=project)
        .order_by("completed_at", "pk")
        .values_list("module__title", "completed_at")[:LISTED]
    )
    ideas = [
        (idea.title, outcome.title if (outcome := agreed_outcome(idea)) else "")
        for idea in ideas_of(participant)[:LISTED]
    ]
    outcomes = list(
        project.outcomes.exclude(status=Outcome.Status.PROPOSED)
        .order_by("created_at", "pk")
        .values_list("title", flat=True)[:LISTED]
    )
    return Certificate(
        participant=participant,
        project=project,
        sessions=[(title, starts) for title, starts, _ends in came[-LISTED:]],
        session_count=len(came),
        hours=round(total.total_seconds() / 3600, 1),
        roles=roles,
        roles_held=held[:LISTED],
        trainings=trainings,
        ideas=ideas,
        outcomes=outcomes,
        issued_on=timezone.localdate(),
    )
