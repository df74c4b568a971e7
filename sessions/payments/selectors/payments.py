"""Reads for paid involvement: the terms, the rate that applies, what someone can claim for,
their claims and tax-year total, and the leads' queue."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import models
from django.db.models import Count, Q, Sum
from django.utils import timezone

from participants.selectors.consent import is_under_18
from sessions.models import Attendance, Claim, Delivery, PaymentTerms, Rate
from sessions.payments.models import CO_TRAINER

# Shown as "getting close" once payments reach this share of the lead's notice amount.
NOTICE_SHARE = 0.8


def payment_terms(project):
    """The project's payment terms, or the defaults (unsaved) if a lead has not set them."""
    terms = PaymentTerms.objects.filter(project=project).first()
    return terms or PaymentTerms(project=project)


def rate_for(project, role, day, *, co_trainer=False):
    """The rate for `role` on `day`: the newest rate card line valid by then, or None. A young
    co-trainer claiming for a training session they helped to run is paid at the trainer rate
    (the newest line for co-trainers), when the rate card has one."""
    lines = list(
        Rate.objects.filter(project=project, valid_from__lte=day).order_by("-valid_from", "-pk")
    )
    wanted = [CO_TRAINER, role] if co_trainer else [role]
    for name in wanted:
        for rate in lines:
            if name in rate.roles:
                return rate
    return None


def rate_for_claim(participant, session):
    """The rate a claim by `participant` for `session` is paid at."""
    co_trainer = Delivery.co_trainers.through.objects.filter(
        delivery__session=session, participant=participant
    ).exists()
    day = timezone.localdate(session.starts_at)
    return rate_for(session.project, participant.role, day, co_trainer=co_trainer)


def paid_roles(project):
    """The roles any line of the project's rate card pays (one query). Only people in these
    roles claim for their time and expenses; a role no line names is not paid."""
    lines = Rate.objects.filter(project=project).values_list("roles", flat=True)
    return frozenset(role for roles in lines for role in roles)


def allowed_minutes(session, terms):
    """The most time someone may claim for a session: its length plus the allowed preparation."""
    return int(session.length.total_seconds() // 60) + terms.preparation_minutes


def claimable_attendances(participant, now=None):
    """Sessions this person came to, which have ended, and which they have not claimed for."""
    return (
        Attendance.objects.attended()
        .filter(participant=participant, session__ends_at__lt=now or timezone.now())
        .exclude(session__claims__participant=participant)
        .select_related("session")
        .order_by("-session__starts_at")
    )


def attendance_for_claim(participant, session, now=None):
    """The attendance a claim rests on, or None if they did not come or it has not ended."""
    return claimable_attendances(participant, now).filter(session=session).first()


def claims_of(participant):
    return (
        Claim.objects.filter(participant=participant)
        .select_related("session", "project")
        .order_by("-submitted_at", "-pk")
    )


def tax_year_of(day):
    """The UK tax year holding `day`: (6 April, 5 April of the next year)."""
    start_year = day.year if (day.month, day.day) >= (4, 6) else day.year - 1
    return date(start_year, 4, 6), date(start_year + 1, 4, 5)


def tax_year_label(day):
    start, end = tax_year_of(day)
    return f"{start.year} to {end.year}"


@dataclass(frozen=True)
class YearTotal:
    start: date
    end: date
    time_pence: int
    expenses_pence: int
    notice_pence: int | None
    # Paid for time this week (from Monday) and this calendar month, whatever the tax year.
    week_pence: int = 0
    month_pence: int = 0

    def against_limits(self, limits):
        """Each benefit earnings limit (label, pence, "week" or "month") beside what was paid
        for time in that week or month: (label, limit, per, paid, over)."""
        return [
            (label, pence, per, paid, paid > pence)
            for label, pence, per in limits
            for paid in [self.week_pence if per == "week" else self.month_pence]
        ]

    @property
    def near_notice(self):
        return bool(self.notice_pence) and self.time_pence >= self.notice_pence * NOTICE_SHARE

    @property
    def over_notice(self):
        return bool(self.notice_pence) and self.time_pence >= self.notice_pence


def paid_claims_in_year(participant, day):
    """Paid claims of this person (every project they take part in with the same account) in
    the tax year holding `day`, oldest first."""
    start, end = tax_year_of(day)
    people = Q(participant=participant)
    if participant.user_id:
        people = Q(participant__user_id=participant.user_id)
    return (
        Claim.objects.filter(people, status=Claim.Status.PAID, paid_on__range=(start, end))
        .select_related("session", "project")
        .order_by("paid_on", "pk")
    )


def year_total(participant, terms, day=None):
    """Paid for time and repaid expenses in this tax year. Only time counts as income."""
    day = day or timezone.localdate()
    start, end = tax_year_of(day)
    week, month = day - timedelta(days=day.weekday()), day.replace(day=1)
    people = Q(participant=participant)
    if participant.user_id:
        people = Q(participant__user_id=participant.user_id)
    in_year = Q(paid_on__range=(start, end))
    sums = Claim.objects.filter(
        people, status=Claim.Status.PAID, paid_on__gte=min(start, month, week)
    ).aggregate(
        time=Sum("time_pence", filter=in_year),
        expenses=Sum("expenses_pence", filter=in_year),
        week=Sum("time_pence", filter=Q(paid_on__range=(week, day))),
        month=Sum("time_pence", filter=Q(paid_on__range=(month, day))),
    )
    return YearTotal(
        start=start,
        end=end,
        time_pence=sums["time"] or 0,
        expenses_pence=sums["expenses"] or 0,
        notice_pence=terms.notice_pence,
        week_pence=sums["week"] or 0,
        month_pence=sums["month"] or 0,
    )


def due_on(claim, terms):
    """The day a claim should be paid by: the session's day plus the project's target."""
    return timezone.localdate(claim.session.ends_at) + timedelta(days=terms.paid_within_days)


def is_late(claim, terms, today=None):
    if claim.status in (Claim.Status.PAID, Claim.Status.DECLINED):
        return False
    return (today or timezone.localdate()) > due_on(claim, terms)


def queue(project):
    """Claims for leads to decide or pay, oldest first."""
    return (
        Claim.objects.filter(project=project)
        .open()
        .select_related("project", "participant__user", "session")
        .order_by("submitted_at", "pk")
    )


@dataclass(frozen=True)
class QueueRow:
    claim: Claim
    waited_days: int
    due: date
    late: bool
    under_18: bool


def queue_rows(claims, terms, now=None):
    """Rows of the queue page with how long each claim has waited and whether it is late."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return [
        QueueRow(
            claim=claim,
            waited_days=(now - claim.submitted_at).days,
            due=due_on(claim, terms),
            late=is_late(claim, terms, today),
            under_18=is_under_18(claim.participant, today=today),
        )
        for claim in claims
    ]


def queue_counts(project, terms, today=None):
    """How many claims wait for a decision, for payment, and how many are past the target.
    One query."""
    today = today or timezone.localdate()
    late_if_session_before = today - timedelta(days=terms.paid_within_days)
    return Claim.objects.filter(project=project).aggregate(
        waiting=Count("pk", filter=Q(status=Claim.Status.WAITING)),
        to_pay=Count("pk", filter=Q(status=Claim.Status.APPROVED)),
        late=Count(
            "pk",
            filter=Q(status__in=[Claim.Status.WAITING, Claim.Status.APPROVED])
            & Q(session__ends_at__date__lt=late_if_session_before),
        ),
    )


def offline_claimable(project, now=None):
    """Attendance of people taking part offline (no account), in a role the rate card pays, with
    nothing claimed yet, for a lead to type in their claim."""
    return (
        Attendance.objects.for_project(project)
        .attended()
        .filter(
            participant__user__isnull=True,
            participant__role__in=paid_roles(project),
            session__ends_at__lt=now or timezone.now(),
        )
        .exclude(session__claims__participant=models.F("participant"))
        .select_related("participant", "session")
        .order_by("-session__starts_at", "participant__display_name")
    )
