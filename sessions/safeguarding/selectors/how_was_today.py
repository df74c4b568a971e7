"""Reads about "How was today?": when it may be answered, a person's own answer, and the
summary the people who ran the session see (counts only from 3 answers up)."""

from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

from sessions.models import DayAnswer
from sessions.safeguarding.selectors.safety_info import own_place

# Answers can be given, and changed, until this long after the session ends.
OPEN_AFTER_SESSION = timedelta(days=7)
# Fewer answers than this and the counts would point at people: they are not shown.
FEWEST_TO_COUNT = 3
Feeling = DayAnswer.Feeling


def closes_at(session):
    return session.ends_at + OPEN_AFTER_SESSION


def is_open(session, now=None):
    now = now or timezone.now()
    return session.ends_at <= now < closes_at(session)


def came(session, member):
    place = own_place(session, member)
    return place is not None and place.attended


def own_answer(session, member):
    if member is None:
        return None
    return DayAnswer.objects.filter(session=session, participant=member).first()


def summary_for(session):
    """What the people who ran the session see: how many answered; the counts of good, okay
    and not good when at least 3 did; and the "not good" answers whose person agreed to be
    named, with their words."""
    counts = dict(
        DayAnswer.objects.filter(session=session)
        .values_list("feeling")
        .annotate(n=Count("pk"))
        .order_by()
    )
    total = sum(counts.values())
    shown = total >= FEWEST_TO_COUNT
    return {
        "total": total,
        "shown": shown,
        "counts": [(label, counts.get(value, 0)) for value, label in Feeling.choices]
        if shown
        else [],
        "named": list(
            DayAnswer.objects.filter(session=session, feeling=Feeling.NOT_GOOD, shared=True)
            .select_related("participant")
            .order_by("answered_at", "pk")
        ),
    }
