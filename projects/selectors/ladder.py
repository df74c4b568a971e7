"""How people in each role rate the project on the ladder, from anonymous ratings.

Ratings are shown by role only for groups of at least three people (projects/selectors/
role_groups.py): a role with one or two raters is merged into "Other roles", or not shown."""

from dataclasses import dataclass

from django.db.models import Count

from projects.models import RUNG_MEANINGS, LadderRater, Rung
from projects.selectors.role_groups import NOT_SHOWN, role_groups


@dataclass(frozen=True)
class RoleRatings:
    role: str  # a role value, or "other" for the merged group
    heading: str
    total: int
    counts: list  # [(rung, label, n, percent)] lowest rung first; empty when not shown
    shown: bool = True
    not_shown: str = NOT_SHOWN


def ladder_by_role(project):
    """One row per group of raters that has rated, in role order, in one query."""
    rows = project.ladder_ratings.order_by().values("role", "rung").annotate(n=Count("pk"))
    found = {}
    for row in rows:
        found.setdefault(row["role"], {})[row["rung"]] = row["n"]
    people = {role: sum(counts.values()) for role, counts in found.items()}
    result = []
    for group in role_groups(people):
        if not group.shown:
            result.append(RoleRatings(group.key, group.heading, 0, [], shown=False))
            continue
        counts = {
            rung: sum(found[role].get(rung, 0) for role in group.roles) for rung in Rung.values
        }
        total = group.people
        result.append(
            RoleRatings(
                role=group.key,
                heading=group.heading,
                total=total,
                counts=[
                    (
                        rung.value,
                        rung.label,
                        counts[rung.value],
                        round(100 * counts[rung.value] / total),
                    )
                    for rung in Rung
                ],
            )
        )
    return result


def rungs_explained():
    return [(rung.label, RUNG_MEANINGS[rung]) for rung in Rung]


def has_rated(project, user):
    return LadderRater.objects.filter(project=project, user=user).exists()
