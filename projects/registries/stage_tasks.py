"""The task list each stage shows, worked out from the project's data.

Apps register their own tasks (the projects app here, participants from its AppConfig.ready,
and later the sessions app), so a stage's list grows as features arrive without this module
importing upwards. A task never stores a tick: its status is always computed from the data.

Statuses come from a few numbers per project (how many partners, how many young people are
taking part, ...). Each app registers the numbers its tasks need as correlated subqueries, and
all of them are fetched in one query, so a page costs the same however many tasks exist.

    registry.add_count("partners", count_related("partners"))
    registry.add_task(
        stage=Stage.SETUP, key="add_partners", title="Add partners", required=True,
        status=lambda project, counts: TaskStatus.COMPLETED if counts["partners"] else ...,
    )
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    DateTimeField,
    IntegerField,
    Min,
    OuterRef,
    Subquery,
    TextChoices,
)
from django.db.models.functions import Coalesce, Now
from django.urls import reverse

from projects.models import Project, Stage

STAGE_ORDER = [stage.value for stage in Stage]


def stage_index(stage):
    return STAGE_ORDER.index(stage)


def next_stage(stage):
    """The stage after `stage`, or None at the last one."""
    index = stage_index(stage) + 1
    return Stage(STAGE_ORDER[index]) if index < len(STAGE_ORDER) else None


def earlier_stages(stage):
    return [Stage(value) for value in STAGE_ORDER[: stage_index(stage)]]


class TaskStatus(TextChoices):
    CANNOT_START = "cannot_start", "Cannot start yet"
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETED = "completed", "Completed"


def count_related(relation, **filters):
    """A factory for "how many rows of Project.<relation> match filters", as one subquery.

    `relation` is a reverse relation name on Project (e.g. "partners", "participants"), so a
    lower app can count an upper app's rows without importing it.
    """

    def build():
        reverse_field = Project._meta.get_field(relation)
        model, fk_name = reverse_field.related_model, reverse_field.field.name
        rows = (
            model._default_manager.filter(**{fk_name: OuterRef("pk")}, **filters)
            .order_by()
            .values(fk_name)
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(rows, output_field=IntegerField()), 0)

    return build


def next_related_moment(relation, field, **filters):
    """A factory for "the soonest `field` still to come among Project.<relation>'s rows that
    match filters" (e.g. when the first open invitation runs out), as one subquery: the moment
    a count of those rows changes by time alone. None when there is no such row."""

    def build():
        reverse_field = Project._meta.get_field(relation)
        model, fk_name = reverse_field.related_model, reverse_field.field.name
        rows = (
            model._default_manager.filter(
                **{fk_name: OuterRef("pk"), f"{field}__gte": Now()}, **filters
            )
            .order_by()
            .values(fk_name)
            .annotate(at=Min(field))
            .values("at")
        )
        return Subquery(rows, output_field=DateTimeField())

    return build


@dataclass(frozen=True)
class StageTask:
    stage: str
    key: str
    title: str
    status: Callable[[Project, Mapping[str, int]], TaskStatus]
    required: bool = False
    url_name: str | None = None
    hint: str = ""
    after: tuple[str, ...] = ()

    def url_for(self, project):
        if self.url_name is None:
            return None
        return reverse(self.url_name, kwargs={"slug": project.slug})


@dataclass(frozen=True)
class TaskResult:
    task: StageTask
    status: TaskStatus
    url: str | None

    @property
    def title(self):
        return self.task.title

    @property
    def required(self):
        return self.task.required

    @property
    def hint(self):
        return self.task.hint

    @property
    def is_done(self):
        return self.status == TaskStatus.COMPLETED


@dataclass(frozen=True)
class Checklist:
    stage: Stage
    items: list[TaskResult] = field(default_factory=list)

    @property
    def total(self):
        return len(self.items)

    @property
    def done(self):
        return sum(1 for item in self.items if item.is_done)

    @property
    def missing_required(self):
        return [item for item in self.items if item.required and not item.is_done]

    @property
    def ready_to_move_on(self):
        return not self.missing_required

    @property
    def is_last_stage(self):
        return next_stage(self.stage) is None


class TaskRegistry:
    def __init__(self):
        self._tasks = {}
        self._counts = {}
        self._moments = {}

    def add_all(self, *, counts=None, moments=None, tasks=()):
        """Register an app's tables: COUNTS and MOMENTS (name: build), and TASKS (each the
        keyword arguments of add_task), in the order the tasks are listed."""
        for name, build in (counts or {}).items():
            self.add_count(name, build)
        for name, build in (moments or {}).items():
            self.add_moment(name, build)
        for task in tasks:
            self.add_task(**task)

    def add_count(self, name, build):
        """Register a number tasks can read from `counts[name]`; `build()` returns an expression
        evaluated against the project row (see count_related)."""
        self._counts[name] = build

    def add_moment(self, name, build):
        """Register when a count changes by time alone (an invitation running out, a session
        ending); `build()` returns an expression for the soonest such moment still to come, or
        None (see next_related_moment). Cached task lists are worked out again from then."""
        self._moments[name] = build

    def add_task(
        self, *, stage, key, title, status, required=False, url_name=None, hint="", after=()
    ):
        # Keyed by (stage, key): registering again (AppConfig.ready can run twice) replaces.
        self._tasks[(Stage(stage).value, key)] = StageTask(
            stage=Stage(stage).value,
            key=key,
            title=title,
            status=status,
            required=required,
            url_name=url_name,
            hint=hint,
            after=tuple(after),
        )

    def tasks_for(self, stage):
        stage = Stage(stage).value
        return [task for (task_stage, _), task in self._tasks.items() if task_stage == stage]

    def all_tasks(self):
        return list(self._tasks.values())

    def counts(self, project):
        """Every registered number for one project, in one query."""
        return self._fetch(project, moments=False)[0]

    def counts_until(self, project):
        """Every registered number for one project, and the soonest moment one of them may
        change by time alone (None if none can): one query."""
        return self._fetch(project, moments=True)

    def _fetch(self, project, *, moments):
        # Prefixed: a count may share its name with a relation ("partners").
        expressions = {f"count_{name}": build() for name, build in self._counts.items()}
        if moments:
            expressions |= {f"moment_{name}": build() for name, build in self._moments.items()}
        if not expressions:
            return {}, None
        row = Project.objects.filter(pk=project.pk).annotate(**expressions).values(*expressions)
        values = row.get()
        counts = {
            name.removeprefix("count_"): value
            for name, value in values.items()
            if name.startswith("count_")
        }
        soonest = [value for name, value in values.items() if name.startswith("moment_") and value]
        return counts, min(soonest, default=None)

    def checklist(self, project, stage=None, counts=None):
        stage = Stage(stage or project.stage)
        counts = self.counts(project) if counts is None else counts
        statuses = {}
        for task in self.all_tasks():
            statuses[task.key] = task.status(project, counts)
        items = []
        for task in self.tasks_for(stage):
            status = statuses[task.key]
            blocked = any(statuses.get(key) != TaskStatus.COMPLETED for key in task.after)
            if status == TaskStatus.NOT_STARTED and blocked:
                status = TaskStatus.CANNOT_START
            items.append(TaskResult(task=task, status=status, url=task.url_for(project)))
        return Checklist(stage=stage, items=items)


registry = TaskRegistry()


def stage_checklist(project, stage=None):
    """The task list of `stage` (the project's current stage by default)."""
    return registry.checklist(project, stage)


@dataclass(frozen=True)
class TrackerStep:
    stage: Stage
    state: str  # "done", "current" or "to_come"

    @property
    def state_label(self):
        return {"done": "Done", "current": "Now", "to_come": "To come"}[self.state]


def stage_tracker(current):
    """Every stage in order, marked done, current or to come."""
    here = stage_index(current)
    steps = []
    for index, value in enumerate(STAGE_ORDER):
        state = "done" if index < here else "current" if index == here else "to_come"
        steps.append(TrackerStep(stage=Stage(value), state=state))
    return steps
