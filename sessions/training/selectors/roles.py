"""Co-training as a role a person held, for the network page and the certificate."""

from django.utils import timezone

from participants.registries.roles_held import RoleHeld
from sessions.training.models import Delivery


def co_trainers_among(user_ids):
    """{user_id: [RoleHeld]}: each training session a person helped to deliver as co-trainer."""
    rows = (
        Delivery.co_trainers.through.objects.filter(participant__user_id__in=user_ids)
        .values_list(
            "participant__user_id",
            "delivery__session__starts_at",
            "delivery__module__title",
            "participant__project__title",
            "participant__project_id",
        )
        .order_by("delivery__session__starts_at")
    )
    found = {}
    for user_id, starts_at, module, project, project_id in rows:
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=timezone.localdate(starts_at),
                label=f"Co-trainer: {module}",
                project=project,
                project_id=project_id,
            )
        )
    return found
