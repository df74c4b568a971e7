"""Sitting on a panel for places on the working group, as a role a person held."""

from django.utils import timezone

from participants.registries.roles_held import RoleHeld
from sessions.models import PlacesRound


def places_panel_members_among(user_ids):
    """{user_id: [RoleHeld]}: each round of places whose panel a person sat on."""
    rows = (
        PlacesRound.panel.through.objects.filter(participant__user_id__in=user_ids)
        .values_list(
            "participant__user_id",
            "placesround__opened_at",
            "participant__project__title",
            "participant__project_id",
        )
        .order_by("placesround__opened_at")
    )
    found = {}
    for user_id, opened_at, project, project_id in rows:
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=timezone.localdate(opened_at),
                label="Panel member: places on the working group",
                project=project,
                project_id=project_id,
            )
        )
    return found
