"""Reads for test rounds: results by role, never by person."""

from dataclasses import dataclass

from django.db.models import Avg, Count

from projects.roles import Role, role_heading

ROLES_ASKED = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER)


@dataclass(frozen=True)
class RoleResult:
    heading: str
    answers: int
    average: float | None
    width: int  # 0 to 100 in steps of 2, for the bar classes


def results_by_role(test_round):
    """Answers and the average rating per role: one query. Other roles count as "Others"."""
    rows = {
        row["role"]: row
        for row in test_round.answers.order_by()
        .values("role")
        .annotate(n=Count("pk"), average=Avg("useful"))
    }
    results = []
    others_n, others_sum = 0, 0
    for role, row in rows.items():
        if role not in ROLES_ASKED:
            others_n += row["n"]
            others_sum += row["average"] * row["n"]
    for role in ROLES_ASKED:
        row = rows.get(role)
        results.append(_result(role_heading(role), row and row["n"], row and row["average"]))
    if others_n:
        results.append(_result("Others", others_n, others_sum / others_n))
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
