"""Stage tasks about sessions: holding one (and one outside working hours), and planning the
working group's meetings."""

from django.db.models import Count, DateTimeField, IntegerField, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Now

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus

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


def held_or_planned(held, planned):
    """A task's status from two counts: done once `held` is above nought, started once
    `planned` is."""

    def status(project, counts):
        if counts[held]:
            return TaskStatus.COMPLETED
        return TaskStatus.IN_PROGRESS if counts[planned] else TaskStatus.NOT_STARTED

    return status


def _meetings(project, counts):
    if counts["meetings_planned"]:
        return TaskStatus.COMPLETED
    return TaskStatus.IN_PROGRESS if counts["meetings_held"] else TaskStatus.NOT_STARTED


WORKING_GROUP_MEETING = Q(kind="working_group")

# Numbers the tasks read, each worked out for every project in one query.
COUNTS = {
    "meetings_planned": _count_sessions(WORKING_GROUP_MEETING, held=False),
    "meetings_held": _count_sessions(WORKING_GROUP_MEETING, held=True),
    "sessions_held": _count_sessions(held=True),
    "sessions_planned": _count_sessions(held=False),
    "sessions_held_outside_hours": _count_sessions(OUTSIDE_WORKING_HOURS, held=True),
    "sessions_planned_outside_hours": _count_sessions(OUTSIDE_WORKING_HOURS, held=False),
}
# When time alone changes a count.
MOMENTS = {
    "session_ends": _next_session_end,
}
TASKS = [
    {
        "stage": Stage.WORKING_GROUP,
        "key": "plan_working_group_meetings",
        "title": "Plan the working group's meetings",
        "url_name": "working_group:page",
        "hint": "Done while a working-group meeting is planned; a monthly one can repeat.",
        "required": True,
        "status": _meetings,
    },
    {
        "stage": Stage.DESIGNING,
        "key": "hold_a_session",
        "title": "Hold a session",
        "url_name": "sessions:list",
        "hint": "Done when a session has taken place (not cancelled).",
        "required": True,
        "status": held_or_planned("sessions_held", "sessions_planned"),
    },
    {
        "stage": Stage.DESIGNING,
        "key": "hold_a_session_outside_working_hours",
        "title": "Hold a session outside working hours",
        "url_name": "sessions:new",
        "hint": "An evening or a weekend, so people at college or at work can come too.",
        "status": held_or_planned("sessions_held_outside_hours", "sessions_planned_outside_hours"),
    },
]
