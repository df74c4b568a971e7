"""Reads about vetting: whose check is current, and whether a session needs vetted runners."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from participants.selectors.consent import age_on
from projects.freshness import cached
from projects.roles import MemberStatus, Role
from sessions.models import Vetting

# A check running out within this many days shows in the lead's attention list.
SOON_DAYS = 60
UNDER_18_BANDS = ("under_16", "16_17")


def may_be_attended_by_under_18s(project, day):
    """Whether people under 18 may come to a session of `project` on `day`.

    Yes when an active young person in the project could be under 18 that day: their date of
    birth says so; or, with no date of birth, their age band is "under 16" or "16 or 17"; or we
    do not know their age at all (no band given, or taking part offline without an account).
    Not knowing counts as "may be under 18", the safe way round, as consent does
    (participants.selectors.consent.is_under_18). Other roles are staff and partners: adults.
    One query.
    """
    young = project.participants.filter(
        status=MemberStatus.ACTIVE, role=Role.YOUNG_PERSON
    ).values_list("user_id", "user__date_of_birth", "user__age_band")
    for user_id, born, band in young:
        if born is not None:
            if age_on(born, day) < 18:
                return True
        elif user_id is None or band in UNDER_18_BANDS or not band:
            return True
    return False


def latest_checks(project, records=None):
    """{participant id: their newest vetting record} for the project. One query."""
    records = Vetting.objects.filter(project=project) if records is None else records
    latest = {}
    for record in records.order_by("participant_id", "-checked_on", "-pk"):
        latest.setdefault(record.participant_id, record)
    return latest


def vetting_problems(project, runners, *, first_day, last_day):
    """Why each of `runners` may not run sessions from `first_day` to `last_day`, in words
    (empty when all may, or when no one under 18 may come). Two queries at most."""
    if not runners or not may_be_attended_by_under_18s(project, first_day):
        return []
    latest = latest_checks(project)
    today = timezone.localdate()
    problems = []
    for person in runners:
        record = latest.get(person.pk)
        if record is None:
            problems.append(
                f"{person.display_name} has no vetting check recorded. People under 18 may "
                "come to this session, so everyone who runs it needs a current PVG, DBS or "
                "other check. Ask the project lead to record it."
            )
        elif record.renews_on < max(today, last_day):
            ran_out = "ran out" if record.renews_on < today else "runs out"
            problems.append(
                f"{person.display_name}'s vetting check {ran_out} on "
                f"{record.renews_on:%-d %B %Y}, before this session is over. People under 18 "
                "may come, so it needs renewing first."
            )
    return problems


@dataclass(frozen=True)
class Row:
    participant: object
    record: object
    state: str  # "none", "expired", "soon", "current"


def vetting_rows(project, today=None):
    """Everyone who may need a check: each active adult member, and any young person who runs
    sessions or has a check recorded, with their newest record and where it stands."""
    today = today or timezone.localdate()
    latest = latest_checks(project)
    runs_sessions = Q(sessions_run__isnull=False)
    people = (
        project.participants.filter(status=MemberStatus.ACTIVE)
        .filter(~Q(role=Role.YOUNG_PERSON) | runs_sessions | Q(pk__in=list(latest)))
        .distinct()
        .order_by("display_name", "pk")
    )
    return [
        Row(person, latest.get(person.pk), state_of(latest.get(person.pk), today))
        for person in people
    ]


def state_of(record, today):
    if record is None:
        return "none"
    if record.renews_on < today:
        return "expired"
    if record.renews_on <= today + timedelta(days=SOON_DAYS):
        return "soon"
    return "current"


def vetting_due_counts(project, today):
    """(running out within SOON_DAYS, already run out) among active members' newest checks,
    kept for the day and the data version."""

    def build():
        active = Vetting.objects.filter(project=project, participant__status=MemberStatus.ACTIVE)
        states = [state_of(record, today) for record in latest_checks(project, active).values()]
        return states.count("soon"), states.count("expired")

    return cached(project, f"vetting_due:{today.isoformat()}", build)
