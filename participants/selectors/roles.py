"""Membership of a project's working group as a role a person held."""

from django.utils import timezone

from participants.models import Participant
from participants.registries.roles_held import RoleHeld


def working_group_members_among(user_ids):
    """{user_id: [RoleHeld]}: each project whose working group a person is in."""
    rows = Participant.objects.filter(user_id__in=user_ids, in_working_group=True).values_list(
        "user_id", "joined_at", "project__title", "project_id"
    )
    found = {}
    for user_id, joined_at, project, project_id in rows:
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=timezone.localdate(joined_at) if joined_at else None,
                label="Working group member",
                project=project,
                project_id=project_id,
            )
        )
    return found
