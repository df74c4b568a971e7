"""Reads about who takes part: the people page."""

from dataclasses import dataclass, field

from participants.models import Participant
from projects.roles import (
    MemberStatus,
    Role,
    role_heading,
)


@dataclass
class RoleGroup:
    role: Role
    label: str
    people: list = field(default_factory=list)


@dataclass
class PeopleOverview:
    taking_part: list  # [RoleGroup], active people by role
    waiting: list  # asked to join with the link, waiting for a lead
    declined: list  # a lead said "not for now"
    left: list
    invited_by_me: list
    everyone: list


def people_overview(project, viewer):
    """Everyone in the project, sorted into what the people page shows. One query."""
    participants = list(
        Participant.objects.for_project(project)
        .select_related("invited_by", "user")
        .order_by("display_name", "pk")
    )
    groups = {role: RoleGroup(role=role, label=role_heading(role)) for role in Role}
    waiting, declined, left, invited_by_me = [], [], [], []
    for person in participants:
        if person.status == MemberStatus.ACTIVE:
            groups[Role(person.role)].people.append(person)
        elif person.status == MemberStatus.PENDING:
            waiting.append(person)
        elif person.status == MemberStatus.DECLINED:
            declined.append(person)
        elif person.status == MemberStatus.LEFT:
            left.append(person)
        if viewer.is_authenticated and person.invited_by_id == viewer.pk:
            invited_by_me.append(person)
    waiting.sort(key=lambda person: person.created_at)
    return PeopleOverview(
        taking_part=[group for group in groups.values() if group.people],
        waiting=waiting,
        declined=declined,
        left=left,
        invited_by_me=invited_by_me,
        everyone=participants,
    )
