"""Reads for the people pages and the join pages."""

from dataclasses import dataclass, field

from participants.codes import INVITATION_CODE_LENGTH, OPEN_JOIN_CODE_LENGTH
from participants.models import Invitation, Participant
from projects.models import Project
from projects.predicates import membership
from projects.roles import MemberStatus, Role

# Who a local lead may invite when the lead has not chosen.
DEFAULT_LOCAL_LEAD_ROLES = (Role.YOUNG_PERSON, Role.STAFF)
# Roles anyone with a link may take: none of them sees other people's details.
OPEN_JOIN_ROLE_CHOICES = (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER)
# Roles a lead may let local leads invite into (never lead: that would hand over the project).
LOCAL_LEAD_ROLE_CHOICES = tuple(role for role in Role if role != Role.LEAD)

ROLE_PLURALS = {
    Role.LEAD: "Project leads",
    Role.LOCAL_LEAD: "Local leads",
    Role.FACILITATOR: "Facilitators",
    Role.YOUNG_PERSON: "Young people",
    Role.STAFF: "Frontline staff",
    Role.MANAGER: "Managers",
}

# "You are invited to take part as …"
ROLE_PHRASES = {
    Role.LEAD: "a project lead",
    Role.LOCAL_LEAD: "a local lead",
    Role.FACILITATOR: "a facilitator",
    Role.YOUNG_PERSON: "a young person",
    Role.STAFF: "a member of frontline staff",
    Role.MANAGER: "a manager",
}

# What taking part in each role means, in a sentence.
ROLE_MEANINGS = {
    Role.LEAD: "You will set up and run the project with everyone else.",
    Role.LOCAL_LEAD: "You will invite people locally and help them take part.",
    Role.FACILITATOR: "You will plan and run the sessions.",
    Role.YOUNG_PERSON: (
        "You will share what you know from your own life and help design the support, "
        "as an equal. Your experience is what matters here."
    ),
    Role.STAFF: "You will bring what you know from your work and design the support together.",
    Role.MANAGER: (
        "You will bring what you know from managing services, take part as an equal and help "
        "put ideas into practice."
    ),
}


def role_phrase(role):
    return ROLE_PHRASES.get(role, "a member")


def _ordered_roles(roles, allowed):
    wanted = set(roles)
    return [role for role in allowed if role in wanted]


def invite_roles_for(project, user):
    """Roles the user may invite people into: any for a lead, the lead's choice for local leads."""
    member = membership(user, project)
    if member is None:
        return []
    if member.role == Role.LEAD:
        return list(Role)
    if member.role == Role.LOCAL_LEAD:
        return local_lead_roles(project)
    return []


def local_lead_roles(project):
    return [
        Role(role)
        for role in _ordered_roles(
            project.local_lead_roles or DEFAULT_LOCAL_LEAD_ROLES, LOCAL_LEAD_ROLE_CHOICES
        )
    ]


def open_join_roles(project):
    return [Role(role) for role in _ordered_roles(project.open_join_roles, OPEN_JOIN_ROLE_CHOICES)]


def find_invitation(code):
    if len(code) != INVITATION_CODE_LENGTH:
        return None
    return (
        Invitation.objects.select_related("project", "invited_by", "participant")
        .filter(code=code)
        .first()
    )


def find_open_join_project(code):
    if len(code) != OPEN_JOIN_CODE_LENGTH:
        return None
    return Project.objects.filter(open_join_enabled=True, open_join_code=code).first()


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


def people_overview(project, viewer):
    """Everyone in the project, sorted into what the people page shows. One query."""
    participants = list(
        Participant.objects.for_project(project)
        .select_related("invited_by", "user")
        .order_by("display_name", "pk")
    )
    groups = {role: RoleGroup(role=role, label=ROLE_PLURALS[role]) for role in Role}
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
    )


def invitations_for(project, viewer, *, everyone):
    """The invitations a viewer may see: all of them for leads, their own for local leads."""
    invitations = Invitation.objects.filter(project=project).select_related(
        "invited_by", "accepted_by", "participant"
    )
    if not everyone:
        invitations = invitations.filter(invited_by=viewer)
    return list(invitations.order_by("-created_at", "-pk"))
