"""Trainings a person completed, listed on the organisation's network page."""

from django.utils import timezone

from participants.registries.involvement import TrainingDone
from sessions.training.models import Completion


def trainings_completed_by(user_ids, project_ids):
    """{user_id: [TrainingDone, …] oldest first} in the given projects, in one query."""
    rows = (
        Completion.objects.filter(
            participant__user_id__in=user_ids, participant__project_id__in=project_ids
        )
        .order_by("completed_at", "pk")
        .values_list(
            "participant__user_id", "module__title", "participant__project__title", "completed_at"
        )
    )
    found = {}
    for user_id, title, project, completed_at in rows:
        found.setdefault(user_id, []).append(
            TrainingDone(
                title=title, project=project, completed_on=timezone.localdate(completed_at)
            )
        )
    return found
