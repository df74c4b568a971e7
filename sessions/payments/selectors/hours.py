"""A person's hours, kept honestly in three kinds: paid, where payment was declined or lowered,
and unpaid, worked out from the sessions they came to and what they claimed for them.

Each session a person came to counts for its length, whatever they claimed: the time sheet is
a record of time given, and the claim decides only which kind it is.

- Paid: a claim for the session that is paid, or approved or waiting to be paid.
- Payment declined or lowered: the person chose a lower amount or no payment for their time,
  or a lead declined the claim.
- Unpaid: no claim at all. Youth volunteering awards such as Scotland's Saltire Awards count
  only these hours.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import (
    Case,
    CharField,
    DurationField,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)

from sessions.models import Attendance, Claim, Route

PAID, LOWERED, UNPAID = "paid", "lowered", "unpaid"
KINDS = {
    PAID: "Paid",
    LOWERED: "Payment declined or lowered",
    UNPAID: "Unpaid (volunteering)",
}
# The Saltire Awards' levels, in unpaid hours.
AWARD_LEVELS = (10, 25, 50, 100, 200, 500)
# "Near" the next level: within a fifth of it, and always within 5 hours.
NEAR_SHARE = 0.2


def hours_attended(*, user=None, participant=None, project=None):
    """Every session the person came to (that went ahead), the oldest first, each with
    `kind` (PAID, LOWERED or UNPAID), `length` (a timedelta) and `claim_status`."""
    rows = Attendance.objects.attended()
    if participant is not None:
        rows = rows.filter(participant=participant)
    else:
        rows = rows.filter(participant__user=user)
    if project is not None:
        rows = rows.filter(session__project=project)
    claim = Claim.objects.filter(participant=OuterRef("participant"), session=OuterRef("session"))
    return (
        rows.annotate(
            claim_status=Subquery(claim.values("status")[:1]),
            claim_route=Subquery(claim.values("route")[:1]),
            length=ExpressionWrapper(
                F("session__ends_at") - F("session__starts_at"), output_field=DurationField()
            ),
        )
        .annotate(
            kind=Case(
                When(claim_status__isnull=True, then=Value(UNPAID)),
                When(claim_route__in=[Route.LOWER, Route.NONE], then=Value(LOWERED)),
                When(claim_status=Claim.Status.DECLINED, then=Value(LOWERED)),
                default=Value(PAID),
                output_field=CharField(),
            )
        )
        .select_related("session__project")
        .order_by("session__starts_at", "pk")
    )


@dataclass
class HoursTotals:
    paid: timedelta
    lowered: timedelta
    unpaid: timedelta

    @property
    def all(self):
        return self.paid + self.lowered + self.unpaid

    @property
    def kinds(self):
        """(label, length) for each kind, in the order the page shows them."""
        return [(KINDS[kind], getattr(self, kind)) for kind in (PAID, LOWERED, UNPAID)]

    @property
    def award(self):
        return Award.for_hours(self.unpaid.total_seconds() / 3600)


def _sums():
    return {
        kind: Sum("length", filter=Q(kind=kind), default=timedelta(0))
        for kind in (PAID, LOWERED, UNPAID)
    }


def hours_totals(rows):
    """The three totals, added up by the database in one query."""
    return HoursTotals(**rows.order_by().aggregate(**_sums()))


def hours_by_project(rows):
    """[(project title, project slug, HoursTotals)], one query, by project title."""
    grouped = (
        rows.order_by()
        .values("session__project__title", "session__project__slug")
        .annotate(**_sums())
        .order_by("session__project__title")
    )
    return [
        (
            row["session__project__title"],
            row["session__project__slug"],
            HoursTotals(**{kind: row[kind] for kind in (PAID, LOWERED, UNPAID)}),
        )
        for row in grouped
    ]


@dataclass(frozen=True)
class Award:
    """Where a number of unpaid hours stands against the award levels."""

    hours: float
    reached: int | None
    next_level: int | None

    @classmethod
    def for_hours(cls, hours):
        reached = max((level for level in AWARD_LEVELS if level <= hours), default=None)
        upcoming = min((level for level in AWARD_LEVELS if level > hours), default=None)
        return cls(hours=hours, reached=reached, next_level=upcoming)

    @property
    def to_go(self):
        """Hours still to give for the next level, as a whole number rounded up."""
        if self.next_level is None:
            return 0
        remaining = self.next_level - self.hours
        return int(remaining) + (remaining % 1 > 0)

    @property
    def is_near(self):
        return self.next_level is not None and (
            self.to_go <= 5 or self.to_go <= self.next_level * NEAR_SHARE
        )


def hours_in_words(length):
    """ "2.5 hours", "1 hour", "0 hours": what a time sheet and award levels count in."""
    hours = round(length.total_seconds() / 3600, 2)
    shown = f"{hours:g}"
    return f"{shown} hour" if hours == 1 else f"{shown} hours"
