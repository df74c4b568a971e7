"""Co-training as a role a person held, for the network page and the certificate."""

from participants.registries.roles_held import roles_by_person
from sessions.training.models import Delivery


def co_trainers_among(user_ids):
    """{user_id: [RoleHeld]}: each training session a person helped to deliver as co-trainer."""
    rows = Delivery.co_trainers.through.objects.filter(
        participant__user_id__in=user_ids
    ).values_list(
        "participant__user_id",
        "delivery__session__starts_at",
        "participant__project__title",
        "participant__project_id",
        "delivery__module__title",
    )
    return roles_by_person(rows, "Co-trainer")
