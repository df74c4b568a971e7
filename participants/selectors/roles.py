"""Membership of a project's working group as a role a person held."""

from django.db.models import Value

from participants.models import Participant
from participants.registries.roles_held import roles_by_person


def working_group_members_among(user_ids):
    """{user_id: [RoleHeld]}: each project whose working group a person is in."""
    rows = Participant.objects.filter(user_id__in=user_ids, in_working_group=True).values_list(
        "user_id", "joined_at", "project__title", "project_id", Value("")
    )
    return roles_by_person(rows, "Working group member")
