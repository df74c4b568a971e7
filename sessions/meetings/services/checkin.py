"""Checking people in at the door: the attendance record that payment claims and the
participation figures read."""

from django.db import transaction
from django.utils import timezone

from participants.models import Invitation, Participant
from projects.freshness import changes_project
from projects.roles import MemberStatus
from sessions.models import Attendance


class CheckinRefused(Exception):
    pass


def code_checkin_refusal(session, now=None):
    """Why cards cannot be checked in at this session's door now, in plain words, or None:
    check-in by card is for a session happening today, in person."""
    if session.is_cancelled:
        return "This session was cancelled, so there is no one to check in."
    if session.is_online:
        return "This session is online, so there is no door to check people in at. Tick who came."
    day = timezone.localdate(session.starts_at)
    if day != timezone.localdate(now or timezone.now()):
        return (
            f"Cards are checked in on the day of the session ({day:%A %-d %B}). "
            "To record who came another day, tick their names below."
        )
    return None


@transaction.atomic
@changes_project(via="session")
def checkin_by_code(*, session, code, by, now=None):
    """Check in the person whose card has this code: their check-in code, or the invitation
    code printed on the card they joined with, on the day, at the door. Late arrivals are fine.
    """
    refusal = code_checkin_refusal(session, now)
    if refusal:
        raise CheckinRefused(refusal)
    person = Participant.objects.filter(card_code=code).select_related("project").first()
    if person is None:
        person = _joined_with(code, session.project_id)
    if person is None:
        raise CheckinRefused("No one has this code. Check it against the card and try again.")
    if person.project_id != session.project_id:
        raise CheckinRefused("This code is from a card for another project.")
    if person.status != MemberStatus.ACTIVE:
        raise CheckinRefused(f"{person.display_name} is not taking part in the project now.")
    attendance, already = _check_in(session, person, by, now)
    return attendance, already


def _joined_with(code, project_id):
    """Whoever joined this project with the printed invitation code `code`, or the person
    taking part offline it was made for."""
    invitation = (
        Invitation.objects.filter(code=code, project=project_id)
        .select_related("participant__project")
        .first()
    )
    if invitation is None:
        return None
    if invitation.participant is not None:
        return invitation.participant
    if invitation.accepted_by_id is None:
        return None
    return (
        Participant.objects.filter(project=project_id, user=invitation.accepted_by_id)
        .select_related("project")
        .first()
    )


def _check_in(session, person, by, now):
    attendance, _ = Attendance.objects.select_for_update().get_or_create(
        session=session, participant=person
    )
    if attendance.attended:
        return attendance, True
    attendance.attended = True
    attendance.checked_in_at = now or timezone.now()
    attendance.checked_in_by = by
    attendance.save(update_fields=["attended", "checked_in_at", "checked_in_by"])
    return attendance, False


@transaction.atomic
@changes_project(via="session")
def attendance_record(*, session, attended, among, by, now=None):
    """Set who came from a ticked list (on the day, or a correction afterwards).

    `among` is everyone the list showed. People ticked are checked in (keeping an earlier
    check-in time); people shown but unticked are marked as not having come. Replies are kept.
    """
    attended_ids = {p.pk for p in attended}
    for person in attended:
        _check_in(session, person, by, now)
    cleared = Attendance.objects.filter(
        session=session, attended=True, participant__in=among
    ).exclude(participant_id__in=attended_ids)
    cleared.update(attended=False, checked_in_at=None, checked_in_by=None)
    return len(attended_ids)
