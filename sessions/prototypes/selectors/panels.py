"""Sitting on a pitch panel as a role a person held, for the network page and the certificate."""

from django.db.models import Value

from participants.registries.roles_held import roles_by_person
from sessions.prototypes.models.pitches import Pitch


def panel_members_among(user_ids):
    """{user_id: [RoleHeld]}: each pitch a person judged on the panel of."""
    rows = Pitch.judges.through.objects.filter(participant__user_id__in=user_ids).values_list(
        "participant__user_id",
        "pitch__session__starts_at",
        "participant__project__title",
        "participant__project_id",
        Value(""),
    )
    return roles_by_person(rows, "Pitch panel member")
