"""Paid involvement: the rate card and terms, and claims from waiting to paid."""

from datetime import timedelta

from django.db.models import F, Min
from django.db.models.functions import Mod
from django.utils import timezone

from projects.models import Spend, SpendCategory
from projects.roles import Role
from sessions.models import Attendance, Claim, Expense, PaymentTerms, Rate, Route
from sessions.payments.services.claims import time_pay
from sessions.scale_rows import BATCH

ROUTES = [Route.BANK, Route.VOUCHER, Route.BANK, Route.PREPAID_CARD, Route.CASH, Route.NONE]
RATE_PENCE = 1250


def rate_card(project, *, by=None):
    """An hourly rate for young people (the first line of the card, if there is none), and the
    project's payment terms."""
    PaymentTerms.objects.get_or_create(
        project=project, defaults={"preparation_minutes": 30, "notice_pence": 1_000_00}
    )
    rate = project.rates.order_by("valid_from", "pk").first()
    if rate is None:
        start = timezone.localdate() - timedelta(days=3 * 365)
        rate = Rate.objects.create(
            project=project,
            per=Rate.Per.HOUR,
            amount_pence=RATE_PENCE,
            roles=[Role.YOUNG_PERSON],
            valid_from=start,
            created_by=by,
        )
    return rate


def top_up_claims(project, n, *, by=None, now=None):
    """Claims for sessions people came to, at the rate card's first rate: claims for the last
    fortnight are waiting or approved, and so are some older ones (late); the rest are paid
    (with the spending row a payment makes) or, a few, declined. Returns how many it made:
    fewer than asked when there is not enough attendance to claim for."""
    now = now or timezone.now()
    missing = n - project.claims.count()
    if missing <= 0:
        return 0
    rate = rate_card(project, by=by)
    # Counted from the project's first attendance, so the same people get claims whatever
    # ids the database handed out before (PostgreSQL never reuses them).
    first = Attendance.objects.filter(session__project=project).aggregate(first=Min("pk"))
    claimable = (
        Attendance.objects.attended()
        .filter(session__project=project, session__ends_at__lt=now)
        .filter(participant__role__in=rate.roles, participant__user__isnull=False)
        .exclude(session__claims__participant=F("participant"))
        .select_related("session", "participant")
        # A fixed shuffle, so claims spread over every session and person, and each person
        # still has sessions left to claim for.
        .alias(turn=Mod((F("pk") - (first["first"] or 0)) * 7919, 1009))
        .order_by("turn", "pk")
    )
    claims = [_claim(project, a, i, rate, by, now) for i, a in enumerate(claimable[:missing])]
    paid = [c for c in claims if c.status == Claim.Status.PAID and c.total_pence]
    spends = Spend.objects.bulk_create(
        (
            Spend(
                project=project,
                category=SpendCategory.PARTICIPANTS,
                amount_pence=claim.total_pence,
                spent_on=claim.paid_on,
                note=f"Paid involvement: {claim.session.title}",
                created_by=by,
            )
            for claim in paid
        ),
        batch_size=BATCH,
    )
    for claim, spend in zip(paid, spends, strict=True):
        claim.spend = spend
    Claim.objects.bulk_create(claims, batch_size=BATCH)
    Expense.objects.bulk_create(
        (
            Expense(claim=c, kind=Expense.Kind.TRAVEL, amount_pence=c.expenses_pence)
            for c in claims
            if c.expenses_pence
        ),
        batch_size=BATCH,
    )
    return len(claims)


def _claim(project, attendance, i, rate, by, now):
    session = attendance.session
    minutes = int(session.length.total_seconds() // 60) + 30
    route = ROUTES[i % len(ROUTES)]
    expenses = 480 if route == Route.NONE or i % 3 == 0 else 0
    age = (now - session.ends_at).days
    if i % 12 == 5 and age >= 14:
        status = Claim.Status.DECLINED
    elif age < 14 or (age < 60 and i % 3 != 2):
        status = Claim.Status.APPROVED if i % 3 == 1 else Claim.Status.WAITING
    else:
        status = Claim.Status.PAID
    submitted = min(now, session.ends_at + timedelta(days=1 + i % 4))
    decided = min(now, submitted + timedelta(days=2))
    is_paid = status == Claim.Status.PAID
    return Claim(
        project=project,
        participant=attendance.participant,
        session=session,
        minutes=minutes,
        rate=rate,
        rate_per=rate.per,
        rate_pence=rate.amount_pence,
        route=route,
        time_pence=0 if route == Route.NONE else time_pay(rate, minutes),
        expenses_pence=expenses,
        status=status,
        submitted_at=submitted,
        entered_by_id=attendance.participant.user_id,
        decided_at=decided if status != Claim.Status.WAITING else None,
        decided_by=by if status != Claim.Status.WAITING else None,
        decline_reason="The sign-in sheet says you were not there."
        if status == Claim.Status.DECLINED
        else "",
        paid_on=timezone.localdate(min(now, decided + timedelta(days=5))) if is_paid else None,
        paid_by_route=(route if route != Route.NONE else Route.BANK) if is_paid else "",
        paid_by=by if is_paid else None,
    )
