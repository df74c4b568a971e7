"""Session reminders: the day before to people coming, and a gentle nudge two days before to
people who have not replied. Each is recorded before it is sent, under a unique constraint, so
running the command twice (or on two servers at once) never sends one twice."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone

from codesign import texts
from participants.models import Participant
from participants.notify import notify, site_url
from participants.selectors.consent import may_contact
from projects.roles import MemberStatus
from sessions.models import Attendance, CalendarSettings, Reminder, Session

Kind = Reminder.Kind
DAY_BEFORE = timedelta(hours=24)
NUDGE = timedelta(hours=48)


def reminders_send(*, now=None):
    """Send every reminder that is due and not yet sent. Returns how many were sent."""
    now = now or timezone.now()
    sessions = (
        Session.objects.going_ahead()
        .filter(starts_at__gt=now, starts_at__lte=now + NUDGE)
        .select_related("project")
    )
    sent = 0
    for session in sessions:
        if session.starts_at <= now + DAY_BEFORE:
            for attendance in _coming(session):
                sent += _send(session, attendance.participant, Kind.DAY_BEFORE, attendance, now)
        for person in _not_replied(session):
            sent += _send(session, person, Kind.NUDGE, None, now)
    return sent


def _coming(session):
    return (
        Attendance.objects.filter(
            session=session,
            reply=Attendance.Reply.YES,
            participant__status=MemberStatus.ACTIVE,
            participant__user__isnull=False,
        )
        .select_related("participant__user", "participant__support_needs")
        .prefetch_related("participant__consents")
    )


def _not_replied(session):
    replied = Attendance.objects.filter(session=session, participant=OuterRef("pk")).exclude(
        reply=""
    )
    return (
        Participant.objects.filter(
            project=session.project_id, status=MemberStatus.ACTIVE, user__isnull=False
        )
        .exclude(Exists(replied))
        .select_related("user")
        .prefetch_related("consents")
    )


def _wants_reminders(user):
    found = CalendarSettings.objects.filter(user=user).values_list("reminders_on", flat=True)
    return next(iter(found), True)


def _send(session, person, kind, attendance, now):
    if not person.user.is_active or not may_contact(person) or not _wants_reminders(person.user):
        return 0
    try:
        with transaction.atomic():
            Reminder.objects.create(session=session, participant=person, kind=kind, sent_at=now)
            notify(
                user=person.user,
                project=session.project,
                subject=_subject(session, kind),
                body=_body(session, kind, attendance),
                link=session.get_absolute_url(),
                action="See the session" if kind == Kind.DAY_BEFORE else "Say if you can come",
                # Reminders are texted to people who chose texts, as essentials are.
                texted=True,
                text=_text(kind),
                text_detail=_text_detail(session, kind),
            )
    except IntegrityError:  # already sent, perhaps by another run at the same moment
        return 0
    return 1


def _text(kind):
    if kind == Kind.DAY_BEFORE:
        return "A reminder about a session tomorrow"
    return "Can you come to a session? Say on the site"


def _text_detail(session, kind):
    when = texts.short_when(session.starts_at)
    if kind == Kind.DAY_BEFORE:
        return f"Reminder: you are coming to a session on {when}"
    return f"Can you come to the session on {when}? Say on the site"


def _subject(session, kind):
    starts = timezone.localtime(session.starts_at)
    if kind == Kind.DAY_BEFORE:
        return f"Tomorrow: {session.title} at {starts:%H:%M}"
    return f"Can you come to {session.title} on {starts:%A %-d %B}?"


def _body(session, kind, attendance):
    return render_to_string(
        "meetings/email/reminder.txt",
        {
            "session": session,
            "kind": kind,
            "attendance": attendance,
            "starts": timezone.localtime(session.starts_at),
            "ends": timezone.localtime(session.ends_at),
            "url": site_url(session.get_absolute_url()),
            "me_url": site_url("/me/sessions/"),
        },
    ).strip()
