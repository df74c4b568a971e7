"""Reads for a pitch: the panel's make-up by role and the scores by role of judge."""

from collections import defaultdict

from django.db.models import Avg, Count

from projects.roles import Role, role_heading

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


def results(pitch):
    """For each idea in the pitch, the average total per role of judge: one query."""
    rows = (
        pitch.scores.order_by()
        .values("prototype", "role")
        .annotate(average=Avg("total"), n=Count("pk"))
    )
    by_idea = defaultdict(dict)
    for row in rows:
        by_idea[row["prototype"]][row["role"]] = (round(row["average"], 1), row["n"])
    roles = [role for role in ROLES_SHOWN if any(role in r for r in by_idea.values())]
    ideas = list(pitch.ideas.order_by("title"))
    return {
        "headings": [role_heading(role) for role in roles],
        "out_of": 5 * len(pitch.criteria_list),
        "ideas": [
            {"idea": idea, "cells": [by_idea[idea.pk].get(role) for role in roles]}
            for idea in ideas
        ],
    }
