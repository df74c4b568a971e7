"""Finding a time: several options, members answer each, the planner picks one."""

from django.db import transaction

from participants.notify import notify
from projects.freshness import changes_project
from sessions.meetings.services.replies import attendance_reply
from sessions.meetings.services.sessions import session_create
from sessions.models import Attendance, Availability, TimeOption, TimePoll

POLL_FIELDS = TimePoll.SESSION_FIELDS


class PollRefused(Exception):
    pass


@transaction.atomic
@changes_project(via="project")
def poll_create(*, project, by, fields, options):
    poll = TimePoll.objects.create(project=project, created_by=by, **fields)
    TimeOption.objects.bulk_create(
        TimeOption(poll=poll, starts_at=starts, ends_at=ends) for starts, ends in options
    )
    return poll


@transaction.atomic
@changes_project(via="participant")
def availability_save(*, poll, participant, answers):
    """answers: {option: answer}. Changing an answer replaces it."""
    locked = TimePoll.objects.select_for_update().get(pk=poll.pk)
    if not locked.is_open:
        raise PollRefused("A time has already been chosen, so this poll is closed.")
    for option, answer in answers.items():
        Availability.objects.update_or_create(
            option=option, participant=participant, defaults={"answer": answer}
        )


@transaction.atomic
@changes_project(via="poll")
def poll_pick(*, poll, option, by, yes_become_replies=False):
    """Turn one option into the session, copying the poll's details (what it offers, its
    places and questions). One step, once. With `yes_become_replies`, the people who said the
    chosen time suits them are put down as coming (up to the places; the rest wait) and told,
    so they can change it."""
    locked = TimePoll.objects.select_for_update().get(pk=poll.pk)
    if not locked.is_open:
        raise PollRefused("A time has already been chosen for this poll.")
    fields = {name: getattr(locked, name) for name in POLL_FIELDS}
    fields |= {"starts_at": option.starts_at, "ends_at": option.ends_at}
    [session] = session_create(project=locked.project, by=by, fields=fields)
    locked.session = session
    locked.save(update_fields=["session"])
    if yes_become_replies:
        _yes_become_replies(session, option)
    return session


def _yes_become_replies(session, option):
    people = (
        Availability.objects.filter(option=option, answer=Availability.Answer.YES)
        .select_related("participant__user")
        .order_by("pk")
    )
    for availability in people:
        person = availability.participant
        attendance = attendance_reply(
            session=session, participant=person, reply=Attendance.Reply.YES
        )
        if person.user is None:
            continue
        place = (
            "have a place"
            if attendance.reply == Attendance.Reply.YES
            else "are on the waiting list"
        )
        notify(
            user=person.user,
            project=session.project,
            subject=f"You said {session.title} could suit you: you {place}",
            body="You said this time suits you, so we have put you down. If you cannot come "
            "after all, change your reply.",
            link=session.get_absolute_url(),
            action="See the session or change your reply",
        )
