"""Reads about who takes part: the people page."""

from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import Lower

from participants.models import Participant
from participants.models.membership import ROLE_ORDER
from projects.roles import (
    MemberStatus,
    Role,
    role_heading,
)


@dataclass
class RoleGroup:
    role: Role
    label: str
    count: int  # everyone in this role, not only those on the page
    people: list = field(default_factory=list)


def people_counts(project):
    """{(role, status): how many}, counted by the database in one query."""
    rows = (
        Participant.objects.for_project(project)
        .values("role", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {(row["role"], row["status"]): row["n"] for row in rows}


def count_with(counts, *, status, role=None):
    return sum(n for (r, s), n in counts.items() if s == status and role in (None, r))


def active_counts_by_role(counts):
    """{Role: how many take part in it}, from people_counts."""
    return {
        role: count_with(counts, status=MemberStatus.ACTIVE, role=role.value)
        for role in Role
        if count_with(counts, status=MemberStatus.ACTIVE, role=role.value)
    }


def people_taking_part(project, *, words="", role=""):
    """Active people, by role in the usual order and then by name; narrowed by words in their
    name and by role when given."""
    people = Participant.objects.for_project(project).active()
    if words:
        people = people.filter(display_name__icontains=words)
    if role:
        people = people.filter(role=role)
    return (
        people.select_related("invited_by", "user")
        .annotate(role_order=ROLE_ORDER)
        .order_by("role_order", "display_name", "pk")
    )


def by_role(people, counts):
    """The people on one page in groups by role, each with the role's whole count."""
    groups = {}
    for person in people:
        role = Role(person.role)
        if role not in groups:
            groups[role] = RoleGroup(role=role, label=role_heading(role), count=counts.get(role, 0))
        groups[role].people.append(person)
    return list(groups.values())


def people_with_status(project, status):
    """People waiting for a yes (oldest request first), told "not for now", or who left."""
    order = ("created_at", "pk") if status == MemberStatus.PENDING else ("display_name", "pk")
    return (
        Participant.objects.for_project(project)
        .filter(status=status)
        .select_related("invited_by", "user")
        .order_by(*order)
    )


def people_invited_by(project, viewer):
    return (
        Participant.objects.for_project(project)
        .filter(invited_by=viewer)
        .select_related("user")
        .order_by("display_name", "pk")
    )


def shared_names(project):
    """The names (in lower case) that more than one person in the project goes by, so lists
    for the people running it can tell them apart. One query."""
    return frozenset(
        name.casefold()
        for name in project.participants.exclude(status=MemberStatus.DECLINED)
        .annotate(name=Lower("display_name"))
        .values("name")
        .annotate(people=Count("pk"))
        .filter(people__gt=1)
        .values_list("name", flat=True)
    )


def told_apart_name(person, names):
    """ "Jay", or "Jay (ref 214)" when the name is in `names` (see shared_names)."""
    if person.display_name.casefold() in names:
        return f"{person.display_name} (ref {person.pk})"
    return person.display_name
