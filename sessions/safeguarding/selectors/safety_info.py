"""Reads about the safety information people give for a session: how long it is kept, a
person's own, and the list its runners see."""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.utils import timezone

from projects.retention.schedule import Holds, Scope
from sessions.models import Attendance, DayAnswer, SafetyInfo

# Kept until this long after the session ends, then deleted.
KEPT_AFTER_SESSION = timedelta(days=7)
COMING = (Attendance.Reply.YES, Attendance.Reply.MAYBE, Attendance.Reply.WAITING)


def deleted_at(session):
    """When the safety information given for `session` is deleted."""
    return session.ends_at + KEPT_AFTER_SESSION


def still_kept(session, now=None):
    return (now or timezone.now()) < deleted_at(session)


def own_place(session, member):
    """The member's reply to the session, with whether they gave safety information for it
    (`has_safety_info`) and answered "How was today?" (`has_answer`), in one query asked once
    per session object; None if they never replied or came."""
    if member is None:
        return None
    kept = session.__dict__.setdefault("_own_place", {})
    if member.pk not in kept:
        mine = {"session": OuterRef("session"), "participant": OuterRef("participant")}
        kept[member.pk] = (
            Attendance.objects.filter(session=session, participant=member)
            .annotate(
                has_safety_info=Exists(SafetyInfo.objects.filter(**mine)),
                has_answer=Exists(DayAnswer.objects.filter(**mine)),
            )
            .first()
        )
    return kept[member.pk]


def is_coming(session, member):
    """Said yes or maybe, is on the waiting list, or was checked in at the door."""
    place = own_place(session, member)
    return place is not None and (place.reply in COMING or place.attended)


def own_safety_info(session, member):
    """The person's own safety information for the session, or None."""
    if member is None:
        return None
    return SafetyInfo.objects.filter(session=session, participant=member).first()


def safety_info_for_runners_rows(session):
    """Everyone's safety information for the session, for its runners, in name order."""
    return (
        SafetyInfo.objects.filter(session=session)
        .select_related("participant")
        .order_by("participant__display_name", "pk")
    )


def safety_info_count(session):
    return SafetyInfo.objects.filter(session=session).count()


def expired_safety_info(now=None, scope=None):
    """Everything given for sessions that ended more than 7 days before `now`, but for what a
    legal hold on the project or the person keeps."""
    expired = SafetyInfo.objects.filter(
        session__ends_at__lte=(now or timezone.now()) - KEPT_AFTER_SESSION
    )
    scope = scope or Scope(holds=Holds.in_force())
    return scope.narrow(expired, project="session__project", people=["participant__user"])
