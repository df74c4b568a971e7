"""Membership of a project's working group as a role a person held: one entry for each term
served (from its start to its end), and for someone in the group without a term, from the day
they joined with no end."""

from django.db.models import Q
from django.utils import timezone

from participants.models import Participant
from participants.registries.roles_held import RoleHeld

LABEL = "Working group member"


def working_group_members_among(user_ids):
    """{user_id: [RoleHeld]}: each term served, and each group joined without one. One query:
    a place in a project comes once for each of its terms, or once with none."""
    rows = (
        Participant.objects.filter(user_id__in=user_ids)
        .filter(Q(in_working_group=True) | Q(group_terms__isnull=False))
        .values_list(
            "user_id",
            "joined_at",
            "project__title",
            "project_id",
            "group_terms__starts_on",
            "group_terms__ends_on",
        )
        .order_by()
        .distinct()
    )
    found = {}
    for user_id, joined_at, project, project_id, starts_on, ends_on in rows:
        if starts_on is None:
            starts_on = timezone.localdate(joined_at) if joined_at else None
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=starts_on, label=LABEL, project=project, project_id=project_id, until=ends_on
            )
        )
    return found
