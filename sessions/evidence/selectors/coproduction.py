"""Evidence from the records of how co-produced a project is: young people's say in decisions,
who came to sessions in each stage, the balance of each session against who is in the project,
flagged when young people were few, and each decision, flagged when young people had no say."""

from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from django.db.models import Count, Q

from projects.models import Stage
from projects.roles import MemberStatus, Role
from projects.selectors.decisions import DECIDERS_WITH_YOUNG_PEOPLE
from sessions.models import Attendance, Session

# A session is flagged when young people were under this share of the people who came.
FEW_YOUNG_PEOPLE = 0.25
BALANCE_ROWS = 50


@dataclass(frozen=True)
class Balance:
    session: Session
    came: int
    young_people: int
    share: int  # percent of the people who came
    project_share: int  # percent of the people in the project
    few: bool


def stage_at(changes, when, first):
    """The stage a project was in at `when`, from its ordered (at, to_stage) changes."""
    index = bisect_right(changes, when, key=itemgetter(0))
    return changes[index - 1][1] if index else first


def attendance_by_stage_and_role(project):
    """[(stage label, {role: n}, total)] for the stages with any attendance, in stage order.

    Two queries whatever the project's size: the stage history and the counts per session."""
    changes = list(project.stage_changes.order_by("at", "pk").values_list("at", "to_stage"))
    rows = (
        Attendance.objects.attended()
        .filter(session__project=project)
        .values("session__starts_at", "participant__role")
        .annotate(n=Count("pk"))
        .order_by()
    )
    table = {}
    for row in rows:
        stage = stage_at(changes, row["session__starts_at"], Stage.SETUP)
        cell = table.setdefault(stage, {})
        cell[row["participant__role"]] = cell.get(row["participant__role"], 0) + row["n"]
    return [
        (
            Stage(stage).label,
            [table[stage].get(role, 0) for role in Role],
            sum(table[stage].values()),
        )
        for stage in Stage.values
        if stage in table
    ]


def session_balance(project):
    """The latest sessions that went ahead, each with who came against who is in the project."""
    members = project.participants.filter(status=MemberStatus.ACTIVE).aggregate(
        total=Count("pk"), young=Count("pk", filter=Q(role=Role.YOUNG_PERSON))
    )
    project_share = round(100 * members["young"] / members["total"]) if members["total"] else 0
    sessions = (
        project.sessions.past()
        .exclude(status=Session.Status.CANCELLED)
        .annotate(
            came=Count("attendances", filter=Q(attendances__attended=True)),
            young_came=Count(
                "attendances",
                filter=Q(
                    attendances__attended=True,
                    attendances__participant__role=Role.YOUNG_PERSON,
                ),
            ),
        )
        .filter(came__gt=0)
        .order_by("-starts_at", "-pk")[:BALANCE_ROWS]
    )
    return [
        Balance(
            session=s,
            came=s.came,
            young_people=s.young_came,
            share=round(100 * s.young_came / s.came),
            project_share=project_share,
            few=s.young_came / s.came < FEW_YOUNG_PEOPLE,
        )
        for s in sessions
    ]


@dataclass(frozen=True)
class DecisionBalance:
    decision: object
    young_people_had_a_say: bool


def decision_balance(project):
    """The latest decisions, each with whether young people had a say in making it: they had a
    vote, or the group that decided was young people or everyone together."""
    decisions = project.decisions.order_by("-decided_on", "-pk")[:BALANCE_ROWS]
    return [
        DecisionBalance(
            decision=decision,
            young_people_had_a_say=decision.young_people_voted
            or decision.decided_by in DECIDERS_WITH_YOUNG_PEOPLE,
        )
        for decision in decisions
    ]
