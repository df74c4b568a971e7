"""Training modules for tests."""

from django.utils import timezone

from sessions.models import Statement, TrainingModule, TrainingStep

STATEMENTS = ("I feel confident saying what I think to a manager", "I know who to tell")


def make_module(project, *, title="Speaking up with managers", steps=3, published=True):
    module = TrainingModule.objects.create(
        project=project,
        title=title,
        able_to="Say what you think in a meeting with managers.",
        age_band="16_25",
        minutes=15,
        published_at=timezone.now() if published else None,
    )
    for number in range(1, steps + 1):
        TrainingStep.objects.create(module=module, number=number, words=f"Step words {number}.")
    for number, words in enumerate(STATEMENTS, start=1):
        Statement.objects.create(module=module, number=number, words=words)
    return module


def url(module, tail=""):
    return f"/projects/{module.project.slug}/training/{module.pk}/{tail}"
