"""Stage tasks about ideas and prototypes: making a prototype, running a test round and
recording a decision on one."""

from django.db.models import Count, DateTimeField, IntegerField, Min, OuterRef, Subquery
from django.db.models.functions import Coalesce, Now

from projects.models import Stage
from sessions.meetings.stage_tasks import held_or_planned

# Statuses an idea has once people can see it: past a bare idea.
MADE = ["prototype", "testing", "adopted", "dropped"]


def _count_prototypes(**filters):
    def build():
        from sessions.models import Prototype

        rows = Prototype.objects.filter(project=OuterRef("pk"), **filters)
        rows = rows.order_by().values("project").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    return build


def _count_rounds(*, closed):
    def build():
        from sessions.models import TestRound

        rows = TestRound.objects.filter(prototype__project=OuterRef("pk"))
        rows = rows.filter(closes_at__lt=Now()) if closed else rows
        rows = rows.order_by().values("prototype__project").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    return build


def _next_round_close():
    """When the first test round still open closes: it counts as closed from then."""
    from sessions.models import TestRound

    rows = (
        TestRound.objects.filter(prototype__project=OuterRef("pk"), closes_at__gte=Now())
        .order_by()
        .values("prototype__project")
        .annotate(at=Min("closes_at"))
        .values("at")
    )
    return Subquery(rows, output_field=DateTimeField())


def _count_decisions():
    from sessions.models import PrototypeDecision

    rows = PrototypeDecision.objects.filter(prototype__project=OuterRef("pk"))
    rows = rows.order_by().values("prototype__project").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


# Numbers the tasks read, each worked out for every project in one query.
COUNTS = {
    "ideas": _count_prototypes(),
    "prototypes_made": _count_prototypes(status__in=MADE),
    "test_rounds": _count_rounds(closed=False),
    "test_rounds_closed": _count_rounds(closed=True),
    "prototype_decisions": _count_decisions,
}
# When time alone changes a count.
MOMENTS = {
    "test_round_closes": _next_round_close,
}
TASKS = [
    {
        "stage": Stage.PROTOTYPING,
        "key": "make_a_prototype",
        "title": "Make a prototype",
        "url_name": "prototypes:list",
        "hint": "Done when an idea has a picture or a new version: something people can see.",
        "required": True,
        "status": held_or_planned("prototypes_made", "ideas"),
    },
    {
        "stage": Stage.TESTING,
        "key": "run_a_test_round",
        "title": "Run a test round",
        "url_name": "prototypes:list",
        "hint": "Done when a test round has closed.",
        "required": True,
        "status": held_or_planned("test_rounds_closed", "test_rounds"),
    },
    {
        "stage": Stage.TESTING,
        "key": "record_a_decision_on_a_prototype",
        "title": "Record a decision on a prototype",
        "url_name": "prototypes:list",
        "hint": "Adopt it, change it and test again, or drop it, with the reason.",
        "status": held_or_planned("prototype_decisions", "prototype_decisions"),
    },
]
