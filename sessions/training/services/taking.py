"""Taking a module: how confident a person feels at the start and the end, and finishing it."""

from django.db import transaction

from projects.freshness import changes_project
from sessions.models import Completion, Rating


@transaction.atomic
@changes_project(via="module")
def ratings_record(*, module, participant, moment, scores):
    """Keep the person's ratings (statement -> 1 to 10) for this moment; a statement left out
    was skipped, and an earlier rating of it at this moment stays as it was."""
    for statement, score in scores.items():
        Rating.objects.update_or_create(
            statement=statement,
            participant=participant,
            moment=moment,
            defaults={"score": score},
        )


@transaction.atomic
@changes_project(via="module")
def module_complete(*, module, participant):
    """Record that the person finished the module (once: finishing again changes nothing)."""
    done, _ = Completion.objects.get_or_create(module=module, participant=participant)
    return done
