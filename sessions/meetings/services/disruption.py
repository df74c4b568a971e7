"""Postponing, cancelling or moving a session online, and telling everyone at once."""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from codesign import texts
from participants.notify import notify, site_url
from participants.reach import Reach, phone_for
from projects.freshness import changes_project
from sessions.models import Attendance, Disruption, Session

Action = Disruption.Action
TOLD = [Attendance.Reply.YES, Attendance.Reply.MAYBE, Attendance.Reply.WAITING]
NEW_STATUS = {
    Action.POSTPONED: Session.Status.POSTPONED,
    Action.CANCELLED: Session.Status.CANCELLED,
    Action.MOVED_ONLINE: Session.Status.MOVED_ONLINE,
}


class DisruptionRefused(Exception):
    pass


@transaction.atomic
@changes_project(via="session")
def session_disrupt(
    *,
    session,
    by,
    action,
    reason,
    explanation="",
    new_starts_at=None,
    new_ends_at=None,
    online_link="",
    now=None,
):
    """Record what happened to the session, change it, and tell everyone who said yes or maybe
    or is waiting for a place. Replies carry over to the new time.

    Returns (disruption, people not told because they take part offline).
    """
    now = now or timezone.now()
    session = Session.objects.select_for_update().select_related("project").get(pk=session.pk)
    if session.is_cancelled:
        raise DisruptionRefused("This session is already cancelled.")
    disruption = Disruption(
        session=session,
        action=action,
        reason=reason,
        explanation=explanation.strip(),
        old_starts_at=session.starts_at,
        old_ends_at=session.ends_at,
        by=by,
        at=now,
    )
    if action == Action.POSTPONED:
        disruption.new_starts_at, disruption.new_ends_at = new_starts_at, new_ends_at
        session.starts_at, session.ends_at = new_starts_at, new_ends_at
    elif action == Action.MOVED_ONLINE:
        disruption.online_link = online_link
        session.online_link = online_link
        # Nothing to travel to any more: no travel offered, and no lifts left to arrange.
        session.offers_travel = False
        Attendance.objects.filter(session=session, needs_travel=True).update(needs_travel=False)
    session.status = NEW_STATUS[action]
    session.sequence += 1
    session.save()

    affected = list(
        Attendance.objects.filter(session=session, reply__in=TOLD)
        .select_related("participant__user", "participant__support_needs")
        .order_by("participant__display_name", "pk")
    )
    offline = []
    reach = Reach()
    for attendance in affected:
        user = attendance.participant.user
        if user is None:
            offline.append(attendance.participant)
            reach.add_offline(attendance.participant)
            continue
        note = notify(
            user=user,
            project=session.project,
            essential=True,
            subject=disruption_subject(session, disruption),
            body=disruption_body(session, disruption, attendance),
            text=disruption_text(disruption),
            text_detail=disruption_text_detail(session, disruption, disruption.old_starts_at),
            today=texts.is_today(disruption.old_starts_at) or texts.is_today(session.starts_at),
            link=session.get_absolute_url(),
            action="See what changed",
        )
        reach.add(note, phone=phone_for(user, attendance.participant))
    disruption.people_told = len(reach)
    disruption.save()
    # Who heard and how, for the planner's page: not kept.
    disruption.reach = reach
    return disruption, offline


def disruption_text(disruption):
    """The few words a text says: which session stays on the site, behind the link."""
    return {
        Action.POSTPONED: "A session you replied to is moved to a new date",
        Action.CANCELLED: "A session you replied to is cancelled",
        Action.MOVED_ONLINE: "A session you replied to is moved online",
    }[disruption.action]


def disruption_text_detail(session, disruption, was):
    """What a text may say to someone whose texts may show the day and time."""
    when, new = texts.short_when(was), texts.short_when(session.starts_at)
    return {
        Action.POSTPONED: f"The session on {when} is moved to {new}",
        Action.CANCELLED: f"The session on {when} is cancelled",
        Action.MOVED_ONLINE: f"The session on {when} is moved online",
    }[disruption.action]


def disruption_subject(session, disruption):
    words = {
        Action.POSTPONED: "moved to a new date",
        Action.CANCELLED: "cancelled",
        Action.MOVED_ONLINE: "moved online",
    }[disruption.action]
    return f"{session.title} is {words}"


def disruption_body(session, disruption, attendance):
    return render_to_string(
        "meetings/email/disruption.txt",
        {
            "session": session,
            "disruption": disruption,
            "attendance": attendance,
            "old_starts": timezone.localtime(disruption.old_starts_at),
            "starts": timezone.localtime(session.starts_at),
            "ends": timezone.localtime(session.ends_at),
            "url": site_url(session.get_absolute_url()),
        },
    ).strip()
