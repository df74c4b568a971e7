"""Tasks for the stage task lists: holding a session (and one outside working hours), making a
prototype, running a test round and recording a decision on a prototype."""

from django.db.models import Count, DateTimeField, IntegerField, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Now

from projects.models import Stage
from projects.stage_tasks import TaskStatus

# Outside Monday to Friday, 9 to 5 (local time): a weekend, an evening, or an early start.
OUTSIDE_WORKING_HOURS = (
    Q(starts_at__week_day__in=[1, 7]) | Q(starts_at__hour__gte=17) | Q(ends_at__hour__lt=9)
)


def _count_sessions(*conditions, held):
    def build():
        from sessions.models import Session

        rows = Session.objects.filter(*conditions, project=OuterRef("pk")).exclude(
            status=Session.Status.CANCELLED
        )
        rows = rows.filter(ends_at__lt=Now()) if held else rows.filter(ends_at__gte=Now())
        rows = rows.order_by().values("project").annotate(n=Count("pk")).values("n")
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    return build


def _next_session_end():
    """When the first session still to come ends: it counts as held from then."""
    from sessions.models import Session

    rows = (
        Session.objects.filter(project=OuterRef("pk"), ends_at__gte=Now())
        .exclude(status=Session.Status.CANCELLED)
        .order_by()
        .values("project")
        .annotate(at=Min("ends_at"))
        .values("at")
    )
    return Subquery(rows, output_field=DateTimeField())


def _status(held, planned):
    def status(project, counts):
        if counts[held]:
            return TaskStatus.COMPLETED
        return TaskStatus.IN_PROGRESS if counts[planned] else TaskStatus.NOT_STARTED

    return status


def _meetings(project, counts):
    if counts["meetings_planned"]:
        return TaskStatus.COMPLETED
    return TaskStatus.IN_PROGRESS if counts["meetings_held"] else TaskStatus.NOT_STARTED


def register_session_tasks(registry):
    meeting = Q(kind="working_group")
    registry.add_count("meetings_planned", _count_sessions(meeting, held=False))
    registry.add_count("meetings_held", _count_sessions(meeting, held=True))
    registry.add_task(
        stage=Stage.WORKING_GROUP,
        key="plan_working_group_meetings",
        title="Plan the working group's meetings",
        url_name="working_group:page",
        hint="Done while a working-group meeting is planned; a monthly one can repeat.",
        required=True,
        status=_meetings,
    )
    registry.add_count("sessions_held", _count_sessions(held=True))
    registry.add_moment("session_ends", _next_session_end)
    registry.add_count("sessions_planned", _count_sessions(held=False))
    registry.add_count(
        "sessions_held_outside_hours", _count_sessions(OUTSIDE_WORKING_HOURS, held=True)
    )
    registry.add_count(
        "sessions_planned_outside_hours", _count_sessions(OUTSIDE_WORKING_HOURS, held=False)
    )
    registry.add_task(
        stage=Stage.DESIGNING,
        key="hold_a_session",
        title="Hold a session",
        url_name="sessions:list",
        hint="Done when a session has taken place (not cancelled).",
        required=True,
        status=_status("sessions_held", "sessions_planned"),
    )
    registry.add_task(
        stage=Stage.DESIGNING,
        key="hold_a_session_outside_working_hours",
        title="Hold a session outside working hours",
        url_name="sessions:new",
        hint="An evening or a weekend, so people at college or at work can come too.",
        status=_status("sessions_held_outside_hours", "sessions_planned_outside_hours"),
    )


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


def register_prototype_tasks(registry):
    registry.add_count("ideas", _count_prototypes())
    registry.add_count("prototypes_made", _count_prototypes(status__in=MADE))
    registry.add_count("test_rounds", _count_rounds(closed=False))
    registry.add_count("test_rounds_closed", _count_rounds(closed=True))
    registry.add_moment("test_round_closes", _next_round_close)
    registry.add_count("prototype_decisions", _count_decisions)
    registry.add_task(
        stage=Stage.PROTOTYPING,
        key="make_a_prototype",
        title="Make a prototype",
        url_name="prototypes:list",
        hint="Done when an idea has a picture or a new version: something people can see.",
        required=True,
        status=_status("prototypes_made", "ideas"),
    )
    registry.add_task(
        stage=Stage.TESTING,
        key="run_a_test_round",
        title="Run a test round",
        url_name="prototypes:list",
        hint="Done when a test round has closed.",
        required=True,
        status=_status("test_rounds_closed", "test_rounds"),
    )
    registry.add_task(
        stage=Stage.TESTING,
        key="record_a_decision_on_a_prototype",
        title="Record a decision on a prototype",
        url_name="prototypes:list",
        hint="Adopt it, change it and test again, or drop it, with the reason.",
        status=_status("prototype_decisions", "prototype_decisions"),
    )


# Statuses an idea has once people can see it: past a bare idea.
MADE = ["prototype", "testing", "adopted", "dropped"]
