"""Reads for the finance team and for a person's benefits adviser."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.utils import timezone

from projects.files.exports import csv_safe
from projects.money import pence_to_plain
from sessions.models import Claim
from sessions.payments.selectors.payments import tax_year_label

FINANCE_CSV_HEADER = [
    "Claim",
    "Session date",
    "Session",
    "Person",
    "Person reference",  # tells two people with one name apart
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
            f"ref {claim.participant_id}",
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


@dataclass(frozen=True)
class TaxYear:
    label: str  # "2026 to 2027"
    claims: list
    time_pence: int
    expenses_pence: int


def paid_by_tax_year(participant):
    """Every paid claim of this person (in every project, with the same account), grouped by UK
    tax year, oldest first, with each year's totals for time and for expenses apart."""
    people = Q(participant=participant)
    if participant.user_id:
        people = Q(participant__user_id=participant.user_id)
    claims = (
        Claim.objects.filter(people, status=Claim.Status.PAID)
        .select_related("session", "project")
        .order_by("paid_on", "pk")
    )
    years = {}
    for claim in claims:
        years.setdefault(tax_year_label(claim.paid_on), []).append(claim)
    return [
        TaxYear(
            label=label,
            claims=in_year,
            time_pence=sum(claim.time_pence for claim in in_year),
            expenses_pence=sum(claim.expenses_pence for claim in in_year),
        )
        for label, in_year in years.items()
    ]


def letter_sender(project):
    """The partner a letter comes from: the one that leads the project (or the first partner),
    with its contact and address; None when the project has no partners."""
    partners = list(project.partners.select_related("organisation").order_by("pk"))
    leading = [partner for partner in partners if partner.leads]
    return (leading or partners or [None])[0]
