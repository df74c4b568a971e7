"""What training holds about one person (modules finished, how confident they said they felt),
for their "all your data" page and download, and what goes when they delete their account."""

from participants.registries.personal_data import Rows, moment
from sessions.models import Completion, Rating

COMPLETIONS = Rows(
    query=lambda user: (
        Completion.objects.filter(participant__user=user)
        .select_related("module__project")
        .order_by("completed_at", "pk")
    ),
    columns={
        "Project": lambda done: done.module.project.title,
        "Training": lambda done: done.module.title,
        "Finished": lambda done: moment(done.completed_at),
    },
)

RATINGS = Rows(
    query=lambda user: (
        Rating.objects.filter(participant__user=user)
        .select_related("statement__module__project")
        .order_by("rated_at", "pk")
    ),
    columns={
        "Project": lambda rating: rating.statement.module.project.title,
        "Training": lambda rating: rating.statement.module.title,
        "Statement": lambda rating: rating.statement.words,
        "When": lambda rating: rating.get_moment_display(),
        "Your rating (1 to 10)": lambda rating: rating.score,
    },
)


def training_forget(*, user, participants, remove_contributions):
    """Ratings and completions are the person's own: they go with the account. The averages
    they were part of are worked out again without them."""
    Rating.objects.filter(participant__in=participants).delete()
    Completion.objects.filter(participant__in=participants).delete()


HELD = [
    {
        "key": "training_done",
        "title": "Training you finished",
        "collect": COMPLETIONS,
        "order": 60,
    },
    {
        "key": "training_ratings",
        "title": "How confident you said you felt in training",
        "collect": RATINGS,
        "forget": training_forget,
        "order": 61,
    },
]
