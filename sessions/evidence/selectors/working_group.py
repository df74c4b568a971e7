"""Reads for the working group page: who is in it (young people first), its meetings and its
latest updates."""

from django.db.models import Case, IntegerField, Max, Value, When

from projects.roles import MemberStatus, Role
from sessions.meetings.selectors.sessions import past_sessions, upcoming_sessions
from sessions.models import Kind

# Young people first: the group exists so that their voice carries on.
ROLE_ORDER = [Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER, Role.FACILITATOR, Role.LOCAL_LEAD]


def group_members(project):
    order = Case(
        *[When(role=role, then=Value(index)) for index, role in enumerate(ROLE_ORDER)],
        default=Value(len(ROLE_ORDER)),
        output_field=IntegerField(),
    )
    return (
        project.participants.filter(in_working_group=True, status=MemberStatus.ACTIVE)
        .annotate(role_order=order, term_ends=Max("group_terms__ends_on"))
        .order_by("role_order", "display_name", "pk")
    )


def upcoming_meetings(project, member=None):
    return upcoming_sessions(project, member).filter(kind=Kind.WORKING_GROUP)


def past_meetings(project, member=None):
    return past_sessions(project, member).filter(kind=Kind.WORKING_GROUP)


def latest_group_updates(project, n):
    """The group's newest `n` updates, and whether there are older ones: one query."""
    rows = list(
        project.updates.filter(for_working_group=True)
        .select_related("author")
        .order_by("-published_at", "-pk")[: n + 1]
    )
    return rows[:n], len(rows) > n
