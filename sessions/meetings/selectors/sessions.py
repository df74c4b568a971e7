"""Reads for the sessions page, a session's page and planning a time."""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from participants.models import Participant, SupportNeeds
from projects.roles import MemberStatus, Role, role_count_words
from sessions.models import Attendance, Session, in_working_hours

Reply = Attendance.Reply
When = SupportNeeds.When


def with_reply_counts(sessions, member=None):
    """Annotate yes / maybe / waiting counts, and the viewer's own reply, without extra queries
    per row."""
    sessions = sessions.annotate(
        yes_count=Count("attendances", filter=Q(attendances__reply=Reply.YES)),
        maybe_count=Count("attendances", filter=Q(attendances__reply=Reply.MAYBE)),
        waiting_count=Count("attendances", filter=Q(attendances__reply=Reply.WAITING)),
    )
    if member is not None:
        own = Attendance.objects.filter(session=OuterRef("pk"), participant=member)
        sessions = sessions.annotate(my_reply=Subquery(own.values("reply")[:1]))
    return sessions


def upcoming_sessions(project, member=None, now=None):
    return with_reply_counts(project.sessions.upcoming(now), member).order_by("starts_at", "pk")


def past_sessions(project, member=None, now=None):
    past = project.sessions.past(now).annotate(
        attended_count=Count("attendances", filter=Q(attendances__attended=True))
    )
    return with_reply_counts(past, member).order_by("-starts_at", "-pk")


def session_for_page(project, pk, member=None):
    return with_reply_counts(Session.objects.filter(project=project, pk=pk), member)


def names_shown(session):
    """People coming who chose to show their name to other members."""
    return list(
        Attendance.objects.filter(session=session, reply=Reply.YES, show_name=True)
        .order_by("participant__display_name")
        .values_list("participant__display_name", flat=True)
    )


def replies_for_runners(session):
    """Everyone's reply, for leads and facilitators."""
    return list(
        Attendance.objects.filter(session=session)
        .exclude(reply="")
        .select_related("participant", "participant__support_needs")
        .order_by("reply", "participant__display_name", "pk")
    )


def latest_disruption(session):
    return session.disruptions.select_related("by").first()


# --- Who can come ------------------------------------------------------------------------------


def time_slot(starts, ends):
    """Which of the times people told us suit them this session falls in."""
    starts = timezone.localtime(starts)
    if starts.weekday() >= 5:
        return When.WEEKENDS
    if starts.hour >= 17 or (ends and not in_working_hours(starts, timezone.localtime(ends))):
        return When.EVENINGS
    return When.WEEKDAY_DAYTIME


@dataclass(frozen=True)
class WhoCanCome:
    role: str
    can_come: int
    total: int
    not_said: int

    @property
    def sentence(self):
        words = role_count_words(self.role, self.total)
        text = f"{self.can_come} of {self.total} {words} can come"
        if self.not_said:
            text += f" ({self.not_said} ha{'s' if self.not_said == 1 else 've'} not said when)"
        return text


def who_can_come(project, starts, ends):
    """Per role, how many active people said this kind of time suits them: one query."""
    slot = time_slot(starts, ends)
    rows = (
        Participant.objects.filter(project=project, status=MemberStatus.ACTIVE)
        .select_related("support_needs")
        .only("role", "support_needs__availability")
    )
    tally = {}
    for person in rows:
        total, can, not_said = tally.get(person.role, (0, 0, 0))
        try:
            when = list(person.support_needs.availability)
        except SupportNeeds.DoesNotExist:
            when = []
        tally[person.role] = (total + 1, can + (slot in when), not_said + (not when))
    result = [
        WhoCanCome(role=role, total=t[0], can_come=t[1], not_said=t[2])
        for role in Role
        if (t := tally.get(role))
    ]
    return When(slot), result


def place_in_queue(session, member):
    """Where this member stands on the session's waiting list (1 is next), or None when they
    are not waiting. Places go to the people waiting longest."""
    if member is None or getattr(session, "my_reply", None) != Reply.WAITING:
        return None
    mine = Attendance.objects.filter(session=session, participant=member).first()
    if mine is None or mine.waiting_since is None:
        return None
    ahead = Attendance.objects.filter(session=session, reply=Reply.WAITING).filter(
        Q(waiting_since__lt=mine.waiting_since)
        | Q(waiting_since=mine.waiting_since, pk__lt=mine.pk)
    )
    return ahead.count() + 1
