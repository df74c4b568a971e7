"""Reads for a pitch: the panel's make-up by role and the scores by role of judge."""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, Sum

from projects.roles import Role, role_heading
from projects.selectors.role_groups import MIN_GROUP, NOT_SHOWN, role_groups

ROLES_SHOWN = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER, Role.FACILITATOR, Role.LEAD)


def panel_make_up(judges):
    """[(heading, count)] for each role on the panel, and whether young people are
    outnumbered by everyone else on it."""
    counts = defaultdict(int)
    for judge in judges:
        counts[judge.role] += 1
    rows = [(role_heading(role), counts[role]) for role in Role if counts[role]]
    young = counts[Role.YOUNG_PERSON]
    return {
        "rows": rows,
        "young": young,
        "others": len(judges) - young,
        "outnumbered": bool(judges) and young < len(judges) - young,
    }


@dataclass(frozen=True)
class ScoreCell:
    average: float | None
    judges: int

    @property
    def shown(self):
        return self.judges >= MIN_GROUP


def results(pitch):
    """For each idea in the pitch, the average score per role of judge, on the 1 to 5 scale the
    judges used (each judge's total over the questions, divided by the number of questions):
    one query.

    A role with fewer than three judges who scored is merged into "Other roles", and a cell
    resting on fewer than three judges shows no score (projects/selectors/role_groups.py):
    the panel is named on the page, so a score from one manager is that manager's score."""
    rows = (
        pitch.scores.order_by()
        .values("prototype", "role")
        .annotate(sum=Sum("total"), n=Count("pk"))
    )
    by_idea = defaultdict(dict)
    judges = defaultdict(int)
    for row in rows:
        by_idea[row["prototype"]][row["role"]] = (row["sum"], row["n"])
        judges[row["role"]] = max(judges[row["role"]], row["n"])
    groups = role_groups(judges, named=ROLES_SHOWN)
    ideas = list(pitch.ideas.order_by("title"))
    return {
        "headings": [group.heading for group in groups],
        "out_of": 5,
        "questions": len(pitch.criteria_list),
        "ideas": [
            {
                "idea": idea,
                "cells": [
                    _cell(by_idea[idea.pk], group, len(pitch.criteria_list) or 1)
                    for group in groups
                ],
            }
            for idea in ideas
        ],
        "not_shown": NOT_SHOWN,
    }


def _cell(scores, group, questions):
    """The average of one group's scores for one idea, on the 1 to 5 scale, or None if none
    of them scored it."""
    found = [scores[role] for role in group.roles if role in scores]
    n = sum(count for _total, count in found)
    if not n:
        return None
    return ScoreCell(round(sum(total for total, _count in found) / n / questions, 1), n)
