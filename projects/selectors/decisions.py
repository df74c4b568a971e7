"""Reads for the decision log: how much say young people had."""

from dataclasses import dataclass

from django.db.models import Count, Q

from projects.models import Decision

# "Everyone together" includes the young people taking part.
DECIDERS_WITH_YOUNG_PEOPLE = [Decision.Group.YOUNG_PEOPLE, Decision.Group.EVERYONE]


@dataclass(frozen=True)
class DecisionSummary:
    total: int
    proposed: int
    voted: int
    decided: int
    had_a_say: int


def decision_summary(project):
    """Counts over the project's decisions, in one query."""
    # As each decision says "Suggested by": young people, on their own or with everyone.
    proposed = Q(proposed_by__in=DECIDERS_WITH_YOUNG_PEOPLE)
    voted = Q(young_people_voted=True)
    decided = Q(decided_by__in=DECIDERS_WITH_YOUNG_PEOPLE)
    counts = project.decisions.aggregate(
        total=Count("pk"),
        proposed=Count("pk", filter=proposed),
        voted=Count("pk", filter=voted),
        decided=Count("pk", filter=decided),
        had_a_say=Count("pk", filter=proposed | voted | decided),
    )
    return DecisionSummary(**counts)
