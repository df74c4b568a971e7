"""Replies to a session, with its places: a full session offers the waiting list, and a place
that frees up goes at once to the first person waiting, who is told."""

from django.db import transaction
from django.utils import timezone

from codesign import texts
from participants.notify import notify, site_url
from projects.freshness import changes_project
from sessions.models import Attendance, Session

Reply = Attendance.Reply


class ReplyRefused(Exception):
    """The reply cannot be taken; the message says why in plain words."""


def places_taken(session):
    return Attendance.objects.filter(session=session, reply=Reply.YES).count()


def is_full(session):
    return session.capacity is not None and places_taken(session) >= session.capacity


@transaction.atomic
@changes_project(via="participant")
def attendance_reply(
    *,
    session,
    participant,
    reply,
    answers=("", "", ""),
    needs_childcare=False,
    needs_travel=False,
    needs_other="",
    show_name=False,
    recorded_by=None,
    now=None,
):
    """Save one person's reply. A "yes" to a full session puts them on the waiting list.

    The session row is locked, so two people taking the last place at once are served one
    after the other: one gets it, the other waits.
    """
    now = now or timezone.now()
    session = Session.objects.select_for_update().get(pk=session.pk)
    if session.is_cancelled:
        raise ReplyRefused("This session is cancelled, so it is not taking replies.")
    attendance, _ = Attendance.objects.select_for_update().get_or_create(
        session=session, participant=participant
    )
    had_place = attendance.reply == Reply.YES
    if reply in (Reply.YES, Reply.WAITING) and not had_place:
        if session.capacity is not None and places_taken(session) >= session.capacity:
            reply = Reply.WAITING
        else:
            reply = Reply.YES
    if reply == Reply.WAITING and attendance.reply != Reply.WAITING:
        attendance.waiting_since = now
    elif reply != Reply.WAITING:
        attendance.waiting_since = None
    attendance.reply = reply
    attendance.answer_1, attendance.answer_2, attendance.answer_3 = (list(answers) + [""] * 3)[:3]
    attendance.needs_childcare = needs_childcare
    attendance.needs_travel = needs_travel
    attendance.needs_other = needs_other.strip()
    attendance.show_name = show_name
    attendance.replied_at = now
    attendance.recorded_by = recorded_by
    attendance.save()
    if had_place and reply != Reply.YES:
        waiting_list_promote(session=session)
    return attendance


def waiting_list_promote(*, session):
    """Give free places to the people waiting longest, and tell each of them at once.

    Call inside a transaction holding the session's row lock.
    """
    if session.is_cancelled:
        return []
    waiting = Attendance.objects.select_related("participant__user").filter(
        session=session, reply=Reply.WAITING
    )
    if session.capacity is not None:
        free = session.capacity - places_taken(session)
        if free <= 0:
            return []
        waiting = waiting.order_by("waiting_since", "pk")[:free]
    promoted = list(waiting)
    for attendance in promoted:
        attendance.reply = Reply.YES
        attendance.waiting_since = None
        attendance.save(update_fields=["reply", "waiting_since"])
        _tell_place_free(session, attendance.participant)
    return promoted


def _tell_place_free(session, participant):
    user = participant.user
    if user is None:
        return
    starts = timezone.localtime(session.starts_at)
    notify(
        user=user,
        project=session.project,
        essential=True,
        subject=f"A place is free for you: {session.title}",
        text="A place came free for you at a session",
        text_detail=f"A place came free for you on {texts.short_when(session.starts_at)}. "
        "Say if you can still come",
        today=texts.is_today(session.starts_at),
        body=(
            f"Good news: a place came free at “{session.title}” on "
            f"{starts:%A %-d %B} at {starts:%H:%M}, and it is yours.\n\n"
            f"Where: {session.where or 'to be confirmed'}\n\n"
            f"If you can no longer come, please say so, so the place can go to someone else: "
            f"{site_url(session.get_absolute_url())}"
        ),
        link=session.get_absolute_url(),
        action="Say if you can still come",
    )
