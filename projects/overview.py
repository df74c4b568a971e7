"""What the project overview shows, fetched in a fixed handful of queries."""

from dataclasses import dataclass

from django.db.models import Count

from projects.decision_log import decision_summary
from projects.freshness import cached
from projects.roles import MemberStatus, Role, role_count_words
from projects.selectors import funding_summary
from projects.stage_tasks import next_stage, registry, stage_index, stage_tracker


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
    partners: list
    people: list
    people_total: int
    waiting_for_approval: int
    funding_count: int
    stage_changes: object
    decisions: object


def people_counts(project):
    """Active people by role in role order, and how many wait for a lead's yes: one query."""
    rows = project.participants.values("role", "status").annotate(n=Count("pk")).order_by()
    active, waiting = {}, 0
    for row in rows:
        if row["status"] == MemberStatus.ACTIVE:
            active[row["role"]] = row["n"]
        elif row["status"] == MemberStatus.PENDING:
            waiting += row["n"]
    people = [PeopleCount(role=role, count=active[role]) for role in Role if active.get(role)]
    return people, waiting


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


@dataclass
class Figures:
    """What the overview counts and lists, for one version of the project's data."""

    counts: dict
    partners: list
    people: list
    waiting: int
    stage_changes: LatestMoves
    decisions: object
    funding: object


def overview_figures(project):
    """The overview's figures, fetched once per change to the project and then cached."""

    def build():
        people, waiting = people_counts(project)
        return Figures(
            counts=registry.counts(project),
            partners=list(project.partners.select_related("organisation")),
            people=people,
            waiting=waiting,
            stage_changes=latest_stage_moves(project),
            decisions=decision_summary(project),
            funding=funding_summary(project),
        )

    return cached(project, "overview", build)


def project_overview(project, figures=None):
    """The overview: cached figures, and the task list worked out from them and the project."""
    figures = figures or overview_figures(project)
    checklist = registry.checklist(project, counts=figures.counts)
    return Overview(
        checklist=checklist,
        tracker=stage_tracker(project.stage),
        next_stage=next_stage(project.stage),
        partners=figures.partners,
        people=figures.people,
        people_total=sum(p.count for p in figures.people),
        waiting_for_approval=figures.waiting,
        funding_count=figures.counts["funding"],
        stage_changes=figures.stage_changes,
        decisions=figures.decisions,
    )
