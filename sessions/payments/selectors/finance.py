"""Reads for the finance team and for a person's benefits adviser."""

from django.db.models import Count, Q, Sum
from django.utils import timezone

from projects.files.exports import csv_safe
from projects.money import pence_to_plain
from sessions.models import Claim

FINANCE_CSV_HEADER = [
    "Claim",
    "Session date",
    "Session",
    "Person",
    "Role",
    "Status",
    "Approved on",
    "Paid on",
    "How paid",
    "Time (minutes)",
    "Rate (£)",
    "Rate per",
    "For time (£)",
    "Expenses (£)",
    "Total (£)",
]


def finance_claims(project, start, end):
    """Approved and paid claims for sessions from `start` to `end` (local days), oldest first."""
    return (
        Claim.objects.filter(
            project=project,
            status__in=[Claim.Status.APPROVED, Claim.Status.PAID],
            session__starts_at__date__range=(start, end),
        )
        .select_related("participant", "session")
        .order_by("session__starts_at", "pk")
    )


def finance_totals(claims):
    """How many claims, what is paid and what is still to pay, summed by the database."""
    sums = claims.aggregate(
        count=Count("pk"),
        paid_time=Sum("time_pence", filter=Q(status=Claim.Status.PAID)),
        paid_expenses=Sum("expenses_pence", filter=Q(status=Claim.Status.PAID)),
        due_time=Sum("time_pence", filter=Q(status=Claim.Status.APPROVED)),
        due_expenses=Sum("expenses_pence", filter=Q(status=Claim.Status.APPROVED)),
    )
    return {
        "count": sums["count"],
        "paid": (sums["paid_time"] or 0) + (sums["paid_expenses"] or 0),
        "to_pay": (sums["due_time"] or 0) + (sums["due_expenses"] or 0),
    }


def finance_csv_rows(claims):
    yield FINANCE_CSV_HEADER
    for claim in claims:
        row = [
            claim.pk,
            timezone.localdate(claim.session.starts_at).isoformat(),
            claim.session.title,
            claim.participant.display_name,
            claim.participant.get_role_display(),
            claim.get_status_display(),
            timezone.localdate(claim.decided_at).isoformat() if claim.decided_at else "",
            claim.paid_on.isoformat() if claim.paid_on else "",
            claim.get_paid_by_route_display() if claim.paid_by_route else "",
            claim.minutes,
            pence_to_plain(claim.rate_pence),
            claim.get_rate_per_display() if claim.rate_per else "",
            pence_to_plain(claim.time_pence),
            pence_to_plain(claim.expenses_pence),
            pence_to_plain(claim.total_pence),
        ]
        yield [csv_safe(value) for value in row]
