"""How people in each role rate the project on the ladder, from anonymous ratings."""

from dataclasses import dataclass

from django.db.models import Count

from projects.models import RUNG_MEANINGS, LadderRater, Rung
from projects.roles import Role, role_heading


@dataclass(frozen=True)
class RoleRatings:
    role: str
    heading: str
    total: int
    counts: list  # [(rung, label, n, percent)] lowest rung first


def ladder_by_role(project):
    """One row per role that has rated, in role order, in one query."""
    rows = project.ladder_ratings.order_by().values("role", "rung").annotate(n=Count("pk"))
    found = {}
    for row in rows:
        found.setdefault(row["role"], {})[row["rung"]] = row["n"]
    result = []
    for role in Role:
        if role.value not in found:
            continue
        counts = found[role.value]
        total = sum(counts.values())
        result.append(
            RoleRatings(
                role=role.value,
                heading=role_heading(role),
                total=total,
                counts=[
                    (
                        rung.value,
                        rung.label,
                        counts.get(rung.value, 0),
                        round(100 * counts.get(rung.value, 0) / total),
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
