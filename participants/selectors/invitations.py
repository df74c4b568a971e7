"""Reads about invitations: who may invite into which role, and the invitations a viewer sees."""

from django.db.models import Q
from django.utils import timezone

from participants.identity import codes
from participants.identity.codes import INVITATION_CODE_LENGTH
from participants.models import Invitation, InvitationState
from projects.predicates import membership
from projects.roles import DEFAULT_LOCAL_LEAD_ROLES, LOCAL_LEAD_ROLE_CHOICES, Role, ordered_roles


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
        for role in ordered_roles(
            project.local_lead_roles or DEFAULT_LOCAL_LEAD_ROLES, LOCAL_LEAD_ROLE_CHOICES
        )
    ]


def find_invitation(code):
    if len(code) != INVITATION_CODE_LENGTH:
        return None
    return (
        Invitation.objects.select_related("project", "invited_by", "participant")
        .filter(code=code)
        .first()
    )


def invitations_for(project, viewer, *, everyone, find="", state=""):
    """The invitations a viewer may see: all of them for leads, their own for local leads;
    narrowed by words in the name or email, or by the code, and by where they stand."""
    invitations = Invitation.objects.filter(project=project).select_related(
        "invited_by", "accepted_by", "participant"
    )
    if not everyone:
        invitations = invitations.filter(invited_by=viewer)
    if find:
        matches = Q(name__icontains=find) | Q(email__icontains=find)
        code = codes.normalise(find)
        if len(code) >= 4:
            matches |= Q(code__contains=code)
        invitations = invitations.filter(matches)
    if state:
        invitations = invitations.filter(_in_state(state))
    return invitations.order_by("-created_at", "-pk")


def _in_state(state):
    """Invitation.state as a query: it is worked out from the dates, never stored."""
    unused = Q(accepted_at__isnull=True)
    return {
        InvitationState.JOINED: Q(accepted_at__isnull=False),
        InvitationState.CANCELLED: unused & Q(revoked_at__isnull=False),
        InvitationState.EXPIRED: unused
        & Q(revoked_at__isnull=True, expires_at__lte=timezone.now()),
        InvitationState.WAITING: unused & Q(revoked_at__isnull=True, expires_at__gt=timezone.now()),
    }[state]


def last_contact_phone(user):
    """The phone number `user` last printed on an invitation card, to offer again."""
    last = (
        Invitation.objects.filter(invited_by=user)
        .exclude(contact_phone="")
        .order_by("-created_at", "-pk")
        .values_list("contact_phone", flat=True)
        .first()
    )
    return last or ""
