"""Reads for test rounds: results by role, never by person."""

from dataclasses import dataclass

from django.db.models import Count, Sum

from projects.roles import Role
from projects.selectors.role_groups import NOT_SHOWN, role_groups

ROLES_ASKED = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER)


@dataclass(frozen=True)
class RoleResult:
    heading: str
    answers: int
    average: float | None
    width: int  # 0 to 100 in steps of 2, for the bar classes
    shown: bool = True
    not_shown: str = NOT_SHOWN


def results_by_role(test_round):
    """Answers and the average rating per role: one query. Roles other than those asked about,
    and any role with fewer than three answers, count together as "Other roles", which is not
    shown either while it holds fewer than three (projects/selectors/role_groups.py)."""
    rows = {
        row["role"]: row
        for row in test_round.answers.order_by()
        .values("role")
        .annotate(n=Count("pk"), total=Sum("useful"))
    }
    groups = role_groups({role: row["n"] for role, row in rows.items()}, named=ROLES_ASKED)
    results = []
    for group in groups:
        if not group.shown:
            results.append(RoleResult(group.heading, 0, None, 0, shown=False))
            continue
        total = sum(rows[role]["total"] for role in group.roles)
        results.append(_result(group.heading, group.people, total / group.people))
    return results


def _result(heading, n, average):
    width = 0 if not average else int(round(average / 5 * 50)) * 2
    return RoleResult(
        heading=heading,
        answers=n or 0,
        average=round(average, 1) if average else None,
        width=width,
    )


def comments_given(test_round):
    """The words people added, without who said them, newest first."""
    return list(
        test_round.answers.exclude(comment="").order_by("-at").values_list("comment", flat=True)
    )
