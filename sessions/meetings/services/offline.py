"""Things done on a phone with no signal (a reply, a check-in at the door, who came, notes, a
reply given on paper) and sent when the signal came back.

Each carries an id the phone made. The id is written first, under a unique constraint on the
person and the id, so two tries of one action (the answer to the first was lost, or the page
and the background both sent it) are done once: the second waits for the first and gets its
answer back, changing nothing. What changed meanwhile is said in plain words.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone

from participants.selectors.membership import shared_names, told_apart_name
from projects.freshness import changes_project
from projects.predicates import membership
from projects.roles import MemberStatus
from sessions.meetings.services import checkin, replies
from sessions.meetings.services.sessions import session_notes_save
from sessions.models import Attendance, OfflineAction

Outcome = OfflineAction.Outcome


class Refused(Exception):
    """Not done; the message says why, to the person who did it."""


@transaction.atomic
@changes_project(via="session")
def offline_action_receive(*, session, by, action_id, kind, made_at, fields, now=None):
    """Do what was done offline, once. Returns the action, with its outcome and message; a
    second try of the same id returns the first one's, untouched."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            action = OfflineAction.objects.create(
                user=by, action_id=action_id, session=session, kind=kind, made_at=made_at
            )
    except IntegrityError:
        return OfflineAction.objects.get(user=by, action_id=action_id)
    done = {
        "reply": _reply,
        "checkin": _checkin,
        "attendance": _attendance,
        "notes": _notes,
        "paper_reply": _paper_reply,
    }[kind]
    try:
        with transaction.atomic():
            action.outcome, action.message = done(
                session=session, by=by, made_at=min(made_at, now), now=now, **fields
            )
    except (Refused, replies.ReplyRefused, checkin.CheckinRefused) as refused:
        action.outcome, action.message = Outcome.REFUSED, str(refused)
    action.save(update_fields=["outcome", "message"])
    return action


def _when(moment, now):
    local = timezone.localtime(moment)
    if local.date() == timezone.localdate(now):
        return f"at {local:%H:%M}"
    return f"at {local:%H:%M} on {local:%A %-d %B}"


def _already_in(name, attendance, by, now):
    """ "Jay was already checked in by Ellie at 18:32." """
    who = attendance.checked_in_by
    words = [f"{name} was already checked in"]
    if who is not None:
        words.append("by you" if who.pk == by.pk else f"by {who.name}")
    if attendance.checked_in_at:
        words.append(_when(attendance.checked_in_at, now))
    return " ".join(words) + "."


def _not_cancelled(session, what):
    if session.is_cancelled:
        raise Refused(f"“{session.title}” was cancelled, so {what}.")


def _still_taking_part(person, name, what):
    if person.status != MemberStatus.ACTIVE:
        raise Refused(f"{name} is no longer taking part in the project, so {what}.")


def _reply(*, session, by, made_at, now, reply_fields, show_name):
    what = "your reply was not sent"
    member = membership(by, session.project)
    if member is None:
        raise Refused(f"You are no longer taking part in this project, so {what}.")
    _not_cancelled(session, what)
    if session.ends_at < now:
        raise Refused(f"“{session.title}” has already taken place, so {what}.")
    attendance = replies.attendance_reply(
        session=session, participant=member, show_name=show_name, now=now, **reply_fields
    )
    words = attendance.get_reply_display().lower()
    return Outcome.DONE, f"Your reply to “{session.title}” is sent: {words}."


def _paper_reply(*, session, by, made_at, now, participant, reply_fields):
    name = told_apart_name(participant, shared_names(session.project))
    what = f"the reply from {name} was not recorded"
    _not_cancelled(session, what)
    _still_taking_part(participant, name, what)
    attendance = replies.attendance_reply(
        session=session, participant=participant, recorded_by=by, now=now, **reply_fields
    )
    words = attendance.get_reply_display().lower()
    return Outcome.DONE, f"Reply recorded for {name}: {words}."


def _checkin(*, session, by, made_at, now, code):
    _not_cancelled(session, "no one was checked in")
    attendance, already = checkin.checkin_by_code(session=session, code=code, by=by, now=made_at)
    name = told_apart_name(attendance.participant, shared_names(session.project))
    if already:
        return Outcome.CONFLICT, _already_in(name, attendance, by, now)
    return Outcome.DONE, f"{name} is checked in."


def _attendance(*, session, by, made_at, now, ticked, was_ticked):
    """Who came, as changed on the phone: people ticked there are checked in, people unticked
    there are taken off. Anyone the phone did not change is left as they are now, so a
    check-in made meanwhile on another phone stays."""
    _not_cancelled(session, "who came was not recorded")
    names = shared_names(session.project)
    ticked, was_ticked = set(ticked), set(was_ticked)
    notes, count = [], 0
    for person in sorted(ticked - was_ticked, key=lambda p: (p.display_name, p.pk)):
        name = told_apart_name(person, names)
        if person.status != MemberStatus.ACTIVE:
            notes.append(f"{name} is no longer taking part in the project, so was not ticked.")
            continue
        attendance, _ = Attendance.objects.select_for_update().get_or_create(
            session=session, participant=person
        )
        if attendance.attended:
            notes.append(_already_in(name, attendance, by, now))
            continue
        attendance.attended, attendance.checked_in_at, attendance.checked_in_by = True, made_at, by
        attendance.save(update_fields=["attended", "checked_in_at", "checked_in_by"])
        count += 1
    unticked = [p.pk for p in was_ticked - ticked]
    count += Attendance.objects.filter(
        session=session, attended=True, participant__in=unticked
    ).update(attended=False, checked_in_at=None, checked_in_by=None)
    if notes:
        return Outcome.CONFLICT, " ".join(notes)
    return Outcome.DONE, f"Who came is saved: {count} {'change' if count == 1 else 'changes'}."


def _notes(*, session, by, made_at, now, notes, was):
    current = session.notes_after
    if current.strip() in (was.strip(), notes.strip()):
        session_notes_save(session=session, notes=notes)
        return Outcome.DONE, f"Notes from “{session.title}” saved."
    session_notes_save(session=session, notes=f"{current.rstrip()}\n\n{notes.strip()}")
    return (
        Outcome.CONFLICT,
        f"The notes from “{session.title}” were changed by someone else meanwhile, so yours "
        "were added after theirs. Nothing was lost.",
    )
