"""Planning sessions: one at a time, or a repeating plan where every occurrence stands alone."""

import uuid

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone

from projects.freshness import changes_project
from sessions.models import Session
from sessions.services.replies import waiting_list_promote


class Repeat:
    NEVER = "never"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"  # the same weekday of the month: "the second Tuesday"

    CHOICES = [
        (NEVER, "Just once"),
        (WEEKLY, "Every week"),
        (FORTNIGHTLY, "Every two weeks"),
        (MONTHLY, "Every month, on the same weekday (e.g. the second Tuesday)"),
    ]


def occurrence_starts(first, repeat, times):
    """The local start of each occurrence, keeping the wall-clock time across clock changes."""
    first = timezone.localtime(first)
    if repeat == Repeat.NEVER or times <= 1:
        return [first]
    starts = []
    for n in range(times):
        if repeat == Repeat.WEEKLY:
            day = first.date() + relativedelta(weeks=n)
        elif repeat == Repeat.FORTNIGHTLY:
            day = first.date() + relativedelta(weeks=2 * n)
        else:
            day = nth_weekday_in_month(first.date(), months_on=n)
            if day is None:  # no fifth Tuesday that month: that month is left out
                continue
        naive = first.replace(tzinfo=None).replace(year=day.year, month=day.month, day=day.day)
        starts.append(timezone.make_aware(naive))
    return starts


def nth_weekday_in_month(day, *, months_on):
    """The same weekday, in the same week of the month, `months_on` months later (or None)."""
    week = (day.day - 1) // 7
    month_start = (day.replace(day=1)) + relativedelta(months=months_on)
    offset = (day.weekday() - month_start.weekday()) % 7
    result = month_start + relativedelta(days=offset + 7 * week)
    return result if result.month == month_start.month else None


@transaction.atomic
@changes_project
def session_create(*, project, by, fields, repeat=Repeat.NEVER, times=1):
    """Plan a session, or one session per occurrence of a repeating plan. Returns them all."""
    starts, ends = fields["starts_at"], fields["ends_at"]
    length = ends - starts
    series = uuid.uuid4() if repeat != Repeat.NEVER and times > 1 else None
    made = []
    for start in occurrence_starts(starts, repeat, times):
        session = Session(project=project, created_by=by, series=series, **fields)
        session.starts_at = start
        # Same wall-clock end too, even when the clocks change during the session's week.
        session.ends_at = timezone.make_aware(
            timezone.localtime(start).replace(tzinfo=None) + length
        )
        session.save()
        made.append(session)
    return made


@transaction.atomic
@changes_project
def session_update(*, session, fields):
    """Change a session. Calendar apps see the change because its SEQUENCE goes up; a larger
    capacity gives places to the people waiting."""
    locked = Session.objects.select_for_update().get(pk=session.pk)
    changed = [name for name, value in fields.items() if getattr(locked, name) != value]
    for name, value in fields.items():
        setattr(locked, name, value)
    if changed:
        locked.sequence += 1
    locked.save()
    promoted = waiting_list_promote(session=locked)
    return locked, changed, promoted


@transaction.atomic
def session_notes_save(*, session, notes):
    Session.objects.filter(pk=session.pk).update(notes_after=notes, updated_at=timezone.now())
    session.notes_after = notes
    return session
