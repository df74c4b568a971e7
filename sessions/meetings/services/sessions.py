"""Planning sessions: one at a time, or a repeating plan where every occurrence stands alone."""

import uuid

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from codesign import texts
from participants.notify import notify, site_url
from participants.reach import Reach, phone_for
from projects.freshness import changes_project
from sessions.meetings.services.disruption import TOLD
from sessions.meetings.services.replies import waiting_list_promote
from sessions.models import Attendance, Session


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
@changes_project(via="project")
def session_create(*, project, by, fields, repeat=Repeat.NEVER, times=1, runners=()):
    """Plan a session, or one session per occurrence of a repeating plan, each run by
    `runners`. Returns them all."""
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
        session.runners.set(runners)
        made.append(session)
    return made


@transaction.atomic
@changes_project(via="session")
def session_update(*, session, fields, now=None, runners=None):
    """Change a session. Calendar apps see the change because its SEQUENCE goes up; a larger
    capacity gives places to the people waiting; a new time or place is told to everyone who
    said yes or maybe or is waiting, if the session has not happened yet.

    Returns (session, the names of the fields changed, the people given a place, who was told
    of a new time or place and how, as a Reach)."""
    locked = Session.objects.select_for_update().select_related("project").get(pk=session.pk)
    changed = [name for name, value in fields.items() if getattr(locked, name) != value]
    before = {name: getattr(locked, name) for name in TOLD_OF}
    for name, value in fields.items():
        setattr(locked, name, value)
    if runners is not None and {p.pk for p in runners} != set(
        locked.runners.values_list("pk", flat=True)
    ):
        locked.runners.set(runners)
        changed.append("runners")
    if set(changed) - {"runners"}:
        locked.sequence += 1
    locked.save()
    promoted = waiting_list_promote(session=locked)
    told = Reach()
    now = now or timezone.now()
    if set(changed) & set(TOLD_OF) and not locked.is_cancelled and before["ends_at"] > now:
        told = _tell_of_change(locked, before)
    return locked, changed, promoted, told


# A change to any of these matters to someone planning to come.
TOLD_OF = ("starts_at", "ends_at", "venue_name", "address", "online_link")


def _tell_of_change(session, before):
    """Tell the people coming (or waiting) about the session's new time or place. People who
    take part offline have no account to tell: the planner hears who they are, to phone."""
    attendances = (
        Attendance.objects.filter(session=session, reply__in=TOLD)
        .select_related("participant__user", "participant__support_needs")
        .order_by("pk")
    )
    old_starts = timezone.localtime(before["starts_at"])
    moved = before["starts_at"] != session.starts_at or before["ends_at"] != session.ends_at
    told = Reach()
    for attendance in attendances:
        if attendance.participant.user is None:
            told.add_offline(attendance.participant)
            continue
        body = render_to_string(
            "meetings/email/session_changed.txt",
            {
                "session": session,
                "attendance": attendance,
                "old_starts": old_starts,
                "moved": moved,
                "starts": timezone.localtime(session.starts_at),
                "ends": timezone.localtime(session.ends_at),
                "url": site_url(session.get_absolute_url()),
            },
        ).strip()
        note = notify(
            user=attendance.participant.user,
            project=session.project,
            essential=True,
            subject=f"{session.title}: {'new time' if moved else 'new place'}",
            body=body,
            text="A session you replied to has a new time or place",
            text_detail=(
                f"A session you replied to is now on {texts.short_when(session.starts_at)}"
                if moved
                else "A session you replied to has a new place"
            ),
            today=texts.is_today(session.starts_at) or texts.is_today(before["starts_at"]),
            link=session.get_absolute_url(),
            action="Check you can still come",
        )
        told.add(note, phone=phone_for(attendance.participant.user, attendance.participant))
    return told


@transaction.atomic
@changes_project(via="session")
def session_notes_save(*, session, notes):
    Session.objects.filter(pk=session.pk).update(notes_after=notes, updated_at=timezone.now())
    session.notes_after = notes
    return session
