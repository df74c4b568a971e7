"""Sitting on a panel for places on the working group, as a role a person held."""

from django.db.models import Value

from participants.registries.roles_held import roles_by_person
from sessions.models import PlacesRound


def places_panel_members_among(user_ids):
    """{user_id: [RoleHeld]}: each round of places whose panel a person sat on."""
    rows = PlacesRound.panel.through.objects.filter(participant__user_id__in=user_ids).values_list(
        "participant__user_id",
        "placesround__opened_at",
        "participant__project__title",
        "participant__project_id",
        Value(""),
    )
    return roles_by_person(rows, "Panel member: places on the working group")
