"""What the project overview shows, fetched in a fixed handful of queries."""

from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count

from projects.freshness import cached_until
from projects.registries.stage_tasks import next_stage, registry, stage_index, stage_tracker
from projects.roles import MemberStatus, Role, role_count_words
from projects.selectors.decisions import decision_summary
from projects.selectors.funding import funding_summary


@dataclass(frozen=True)
class PeopleCount:
    role: Role
    count: int

    @property
    def words(self):
        return role_count_words(self.role, self.count)


@dataclass
class Overview:
    checklist: object
    tracker: list
    next_stage: object
    people: list
    people_total: int
    waiting_for_approval: int
    funding_count: int
    counts: dict
    parts: object


LATEST_MOVES = 5


def stage_moves(project):
    """Every stage move, newest first, with who made it (a query to page or slice)."""
    return project.stage_changes.select_related("by").order_by("-at", "-pk")


def with_direction(changes):
    """Mark each move that took the project back a stage; `changes` is a page or a list."""
    for change in changes:
        change.went_back = bool(change.from_stage) and (
            stage_index(change.to_stage) < stage_index(change.from_stage)
        )
    return changes


@dataclass(frozen=True)
class LatestMoves:
    moves: list
    has_more: bool


def latest_stage_moves(project):
    """The newest few moves, and whether there are older ones: one query, one row to spare."""
    rows = list(stage_moves(project)[: LATEST_MOVES + 1])
    return LatestMoves(moves=with_direction(rows[:LATEST_MOVES]), has_more=len(rows) > LATEST_MOVES)


def overview_numbers(project):
    """Plain numbers, quick to cache: every stage task's count, active people by role and how
    many wait for a lead's yes. Fetched once per change to the project's data, and again when
    time alone changes a count (an invitation runs out, a session ends, a test round closes)."""

    def build(now):
        rows = project.participants.values("role", "status").annotate(n=Count("pk")).order_by()
        active = {r["role"]: r["n"] for r in rows if r["status"] == MemberStatus.ACTIVE}
        waiting = sum(r["n"] for r in rows if r["status"] == MemberStatus.PENDING)
        people = [(role.value, active[role]) for role in Role if active.get(role)]
        counts, until = registry.counts_until(project)
        return {"counts": counts, "people": people, "waiting": waiting}, until

    return cached_until(project, "overview_numbers", build)


class OverviewParts:
    """What the overview's cached fragments show: fetched only when a fragment is not cached
    for this version of the project's data (see the {% cache %} blocks in the template)."""

    def __init__(self, project):
        self.project = project

    @cached_property
    def partners(self):
        return list(self.project.partners.select_related("organisation"))

    @cached_property
    def funding(self):
        return funding_summary(self.project)

    @cached_property
    def decisions(self):
        return decision_summary(self.project)

    @cached_property
    def stage_changes(self):
        return latest_stage_moves(self.project)


def project_overview(project):
    """The overview: cached numbers, the task list worked out from them and the project, and
    the parts the page fetches only when their cached fragment is missing."""
    numbers = overview_numbers(project)
    people = [PeopleCount(role=Role(role), count=n) for role, n in numbers["people"]]
    return Overview(
        checklist=registry.checklist(project, counts=numbers["counts"]),
        tracker=stage_tracker(project.stage),
        next_stage=next_stage(project.stage),
        people=people,
        people_total=sum(p.count for p in people),
        waiting_for_approval=numbers["waiting"],
        funding_count=numbers["counts"]["funding"],
        counts=numbers["counts"],
        parts=OverviewParts(project),
    )
