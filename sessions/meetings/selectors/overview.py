"""The sessions' parts of the project overview (registered in sessions/apps.py).

Both are cached for each version of the project's data (projects/freshness.py) and only until
time alone would change them: the first session still to come ending, a new month starting.
The viewer's own replies are cached under a key of their own; whether they may plan sessions
is asked on every request.
"""

from dataclasses import dataclass
from typing import NamedTuple

from dateutil.relativedelta import relativedelta
from django.db.models import Count, DateTimeField, Exists, Min, OuterRef, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone

from projects.freshness import cached_until, for_person
from projects.roles import Role, role_heading
from sessions.models import Attendance, Availability, Session

PARTICIPATION_MONTHS = 6
UNANSWERED_SHOWN = 3


class NextSession(NamedTuple):
    """What the overview shows of a session: plain values, quick to cache."""

    pk: int
    title: str
    status: str
    status_label: str
    starts_at: object
    ends_at: object
    where: str


class OwnReply(NamedTuple):
    reply: str
    answers: list
    needs_childcare: bool
    needs_travel: bool


class Unanswered(NamedTuple):
    pk: int
    title: str
    starts_at: object


class OpenPoll(NamedTuple):
    pk: int
    title: str


def next_session_for(project, user, member):
    """The next session, the viewer's own reply to it, and what they still have to answer.
    Once cached, no queries; worked out afresh, one for the project's part and three for the
    viewer's."""
    now = timezone.now()
    session, first_end = cached_until(project, "next_session", _next_session(project), now=now)
    can_plan = user.has_perm("workshops.plan_session", project)
    data = {
        "project": project,
        "session": session,
        "own": None,
        "unanswered": [],
        "polls": [],
        "can_plan": can_plan,
        "is_member": member is not None,
        # What the section's HTML, kept for this version of the data, varies on: whose it is,
        # what they may do, and until when the sessions to come stay the same.
        "vary": (getattr(member, "pk", None), can_plan, first_end),
    }
    if member is None:
        return data
    own = cached_until(
        project,
        for_person("next_session", member),
        lambda now: (_own_part(project, member, session, now), first_end),
        now=now,
    )
    return data | own


def _upcoming(project, now):
    return Session.objects.filter(project=project).upcoming(now).going_ahead()


def _next_session(project):
    def build(now):
        """The first session still to come (or None) and the moment the first of the
        sessions to come ends: until then, only a write can change what comes next."""
        ends = _upcoming(project, now).order_by().values("project").annotate(end=Min("ends_at"))
        session = (
            _upcoming(project, now)
            .annotate(first_end=Subquery(ends.values("end"), output_field=DateTimeField()))
            .order_by("starts_at", "pk")
            .first()
        )
        if session is None:
            return (None, None), None
        shown = NextSession(
            pk=session.pk,
            title=session.title,
            status=session.status,
            status_label=session.get_status_display(),
            starts_at=session.starts_at,
            ends_at=session.ends_at,
            where=session.where,
        )
        return (shown, session.first_end), session.first_end

    return build


def _own_part(project, member, session, now):
    own, unanswered = None, []
    if session is not None:
        reply = (
            Attendance.objects.filter(session_id=session.pk, participant=member)
            .exclude(reply="")
            .select_related("session")
            .first()
        )
        if reply is not None:
            own = OwnReply(
                reply=reply.reply,
                answers=reply.answers(),
                needs_childcare=reply.needs_childcare,
                needs_travel=reply.needs_travel,
            )
        own_reply = Attendance.objects.filter(session=OuterRef("pk"), participant=member).exclude(
            reply=""
        )
        unanswered = [
            Unanswered(*row)
            for row in _upcoming(project, now)
            .exclude(pk=session.pk)
            .filter(~Exists(own_reply))
            .order_by("starts_at", "pk")
            .values_list("pk", "title", "starts_at")[:UNANSWERED_SHOWN]
        ]
    answered = Availability.objects.filter(option__poll=OuterRef("pk"), participant=member)
    polls = [
        OpenPoll(*row)
        for row in project.time_polls.filter(session__isnull=True)
        .filter(~Exists(answered))
        .values_list("pk", "title")
    ]
    return {"own": own, "unanswered": unanswered, "polls": polls}


@dataclass(frozen=True)
class MonthBar:
    role_label: str
    count: int
    width: int  # 0 to 100 in steps of 2, for the bar classes


def participation_for(project, user, member):
    """Who came to sessions, by role and month, over the last six months: one query, and none
    once cached (until the month ends). Left out when nobody's attendance has been recorded."""
    return cached_until(project, "participation", lambda now: _participation(project, now))


def _participation(project, now):
    this_month = timezone.localtime(now).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    since = this_month - relativedelta(months=PARTICIPATION_MONTHS - 1)
    next_month = this_month + relativedelta(months=1)
    rows = (
        Attendance.objects.for_project(project)
        .attended()
        .filter(session__starts_at__gte=since)
        .annotate(month=TruncMonth("session__starts_at"))
        .values("month", "participant__role")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    table = {}
    for row in rows:
        month = (
            timezone.localtime(row["month"]) if timezone.is_aware(row["month"]) else row["month"]
        )
        key = (month.year, month.month)
        table.setdefault(key, {})[row["participant__role"]] = row["n"]
    if not table:
        return None, next_month
    roles = [role for role in Role if any(role in counts for counts in table.values())]
    biggest = max(n for counts in table.values() for n in counts.values())
    months = []
    for n in range(PARTICIPATION_MONTHS):
        day = since + relativedelta(months=n)
        counts = table.get((day.year, day.month), {})
        months.append(
            {
                "label": f"{day:%B %Y}",
                "counts": [counts.get(role, 0) for role in roles],
                "total": sum(counts.values()),
                "bars": [
                    MonthBar(
                        role_heading(role),
                        counts.get(role, 0),
                        _width(counts.get(role, 0), biggest),
                    )
                    for role in roles
                ],
            }
        )
    shown = {
        # The section's HTML, kept for this version of the data, varies only on the month.
        "vary": f"{this_month:%Y-%m}",
        "roles": [role_heading(role) for role in roles],
        "months": months,
        "total": sum(m["total"] for m in months),
    }
    return shown, next_month


def _width(count, biggest):
    return 0 if not biggest else int(round(50 * count / biggest)) * 2
