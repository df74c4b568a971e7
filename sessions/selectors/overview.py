"""The sessions' parts of the project overview (registered in sessions/apps.py)."""

from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import TruncMonth
from django.utils import timezone

from projects.roles import Role, role_heading
from sessions.models import Attendance, Availability

PARTICIPATION_MONTHS = 6


def next_session_for(project, user, member):
    """The viewer's next session and their own reply, and what they still have to answer:
    four queries whatever the project's size."""
    now = timezone.now()
    upcoming = project.sessions.upcoming(now).going_ahead().order_by("starts_at", "pk")
    session = upcoming.first()
    data = {
        "project": project,
        "session": session,
        "own": None,
        "unanswered": [],
        "polls": [],
        "can_plan": user.has_perm("workshops.plan_session", project),
        "is_member": member is not None,
    }
    if member is None:
        return data
    own_reply = Attendance.objects.filter(session=OuterRef("pk"), participant=member).exclude(
        reply=""
    )
    if session is not None:
        data["own"] = (
            Attendance.objects.filter(session=session, participant=member).exclude(reply="").first()
        )
        data["unanswered"] = list(upcoming.exclude(pk=session.pk).filter(~Exists(own_reply))[:3])
    answered = Availability.objects.filter(option__poll=OuterRef("pk"), participant=member)
    data["polls"] = list(project.time_polls.filter(session__isnull=True).filter(~Exists(answered)))
    return data


@dataclass(frozen=True)
class MonthBar:
    role_label: str
    count: int
    width: int  # 0 to 100 in steps of 2, for the bar classes


def participation_for(project, user, member):
    """Who came to sessions, by role and month, over the last six months: one query.
    Left out when nobody's attendance has been recorded yet."""
    since = (timezone.localtime().replace(day=1, hour=0, minute=0, second=0, microsecond=0)) - (
        relativedelta(months=PARTICIPATION_MONTHS - 1)
    )
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
        return None
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
    return {
        "project": project,
        "roles": [role_heading(role) for role in roles],
        "months": months,
        "total": sum(m["total"] for m in months),
    }


def _width(count, biggest):
    return 0 if not biggest else int(round(50 * count / biggest)) * 2
