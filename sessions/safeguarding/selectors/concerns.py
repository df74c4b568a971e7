"""Reads for the concern register. Nothing here is cached: a concern's words stay in the
database and on the pages of the safeguarding leads."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone

from projects.freshness import cached, for_person
from sessions.models import Concern

# Saturday and Sunday (Monday is 0).
WEEKEND = (5, 6)
DESIGNATED_OFFICER = "The council's designated officer for allegations about adults (LADO)"


def next_working_day(day):
    """The first weekday after `day`: an allegation about an adult goes to the council's
    designated officer within one working day. (Bank holidays differ across the UK and are not
    counted; the deadline is never later than the law allows.)"""
    day += timedelta(days=1)
    while day.weekday() in WEEKEND:
        day += timedelta(days=1)
    return day


def register_rows(project):
    """The project's concerns, newest first, with how many actions and late referrals each has."""
    return with_register_counts(Concern.objects.filter(project=project))


def with_register_counts(concerns):
    """`concerns`, newest first, with how many actions and late referrals each has."""
    today = timezone.localdate()
    return (
        concerns.select_related("raised_by", "project")
        .annotate(
            action_count=Count("actions", distinct=True),
            late_referrals=Count(
                "referrals",
                filter=Q(referrals__made_on__isnull=True, referrals__due_on__lt=today),
                distinct=True,
            ),
            waiting_referrals=Count(
                "referrals", filter=Q(referrals__made_on__isnull=True), distinct=True
            ),
        )
        .order_by("-raised_at", "-pk")
    )


def register_counts(project):
    """(open, closed) concerns, counted by the database."""
    counts = Concern.objects.filter(project=project).aggregate(
        open=Count("pk", filter=Q(status=Concern.Status.OPEN)),
        closed=Count("pk", filter=Q(status=Concern.Status.CLOSED)),
    )
    return counts["open"], counts["closed"]


@dataclass(frozen=True)
class Event:
    at: datetime | date
    kind: str
    thing: object


def chronology(concern):
    """What happened to a concern, in time order: raised, each action, each referral, closed."""
    events = [Event(at=concern.raised_at, kind="raised", thing=concern)]
    for action in concern.actions.select_related("recorded_by"):
        events.append(Event(at=action.done_at, kind="action", thing=action))
    for referral in concern.referrals.select_related("recorded_by"):
        events.append(Event(at=referral.recorded_at, kind="referral", thing=referral))
    if concern.closed_at:
        events.append(Event(at=concern.closed_at, kind="closed", thing=concern))
    return sorted(events, key=lambda event: event.at)


def concern_with_people(project, pk):
    return (
        Concern.objects.filter(project=project, pk=pk)
        .select_related("raised_by", "closed_by")
        .prefetch_related("people")
    )


def raised_by_me(project, member):
    """(how many concerns this person raised, the day of the last), for their own overview.
    Only that they were received: never their words or what was done."""

    def build():
        rows = Concern.objects.filter(project=project, raised_by_id=member.user_id)
        found = rows.aggregate(count=Count("pk"), last=Max("raised_at"))
        return found["count"], found["last"]

    return cached(project, for_person("concerns_raised", member), build)
