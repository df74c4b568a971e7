"""Membership of a project's working group as a role a person held: one entry for each term
served (from its start to its end), and for someone in the group without a term, from the day
they joined with no end."""

from django.utils import timezone

from participants.models import GroupTerm, Participant
from participants.registries.roles_held import RoleHeld

LABEL = "Working group member"


def working_group_members_among(user_ids):
    """{user_id: [RoleHeld]}: each term served, and each group joined without one."""
    found = {}
    terms = GroupTerm.objects.filter(participant__user_id__in=user_ids).values_list(
        "participant__user_id",
        "participant_id",
        "starts_on",
        "ends_on",
        "participant__project__title",
        "participant__project_id",
    )
    with_terms = set()
    for user_id, participant_id, starts_on, ends_on, project, project_id in terms:
        with_terms.add(participant_id)
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=starts_on, label=LABEL, project=project, project_id=project_id, until=ends_on
            )
        )
    rows = Participant.objects.filter(user_id__in=user_ids, in_working_group=True).values_list(
        "user_id", "pk", "joined_at", "project__title", "project_id"
    )
    for user_id, participant_id, joined_at, project, project_id in rows:
        if participant_id in with_terms:
            continue
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=timezone.localdate(joined_at) if joined_at else None,
                label=LABEL,
                project=project,
                project_id=project_id,
            )
        )
    return found
