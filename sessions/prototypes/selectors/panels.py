"""Sitting on a pitch panel as a role a person held, for the network page and the certificate."""

from django.utils import timezone

from participants.registries.roles_held import RoleHeld
from sessions.prototypes.models.pitches import Pitch


def panel_members_among(user_ids):
    """{user_id: [RoleHeld]}: each pitch a person judged on the panel of."""
    rows = (
        Pitch.judges.through.objects.filter(participant__user_id__in=user_ids)
        .values_list(
            "participant__user_id",
            "pitch__session__starts_at",
            "participant__project__title",
            "participant__project_id",
        )
        .order_by("pitch__session__starts_at")
    )
    found = {}
    for user_id, starts_at, project, project_id in rows:
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=timezone.localdate(starts_at),
                label="Pitch panel member",
                project=project,
                project_id=project_id,
            )
        )
    return found
