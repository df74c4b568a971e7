"""Writes about joining: accepting an invitation, joining with the open link, and making
the account of someone who joins.

Each refusal is an exception class; views choose what to show by its type.
"""

from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from participants.identity import signin_names
from participants.models import (
    Invitation,
    Participant,
    User,
)
from participants.notify import notify, site_url
from participants.selectors.joining import open_join_roles
from projects.freshness import changes_project
from projects.models import Project
from projects.predicates import remember_membership
from projects.roles import (
    MemberStatus,
    Role,
    role_phrase,
)


class JoinRefused(Exception):
    """An invitation or join link that cannot be used. Views choose what to say by the type."""

    def __init__(self, participant=None):
        super().__init__(type(self).__name__)
        self.participant = participant


class InvitationExpired(JoinRefused):
    """The invitation ran out before it was used."""


class InvitationRevoked(JoinRefused):
    """Someone cancelled the invitation."""


class InvitationUsed(JoinRefused):
    """The invitation was used already, or its offline place was claimed."""


class AlreadyMember(JoinRefused):
    """The person already takes part; `participant` is their place."""


class OpenJoinClosed(JoinRefused):
    """The project's join link is switched off or has changed."""


class RoleNotOffered(JoinRefused):
    """The join link does not offer the role chosen."""


@transaction.atomic
@changes_project(via="invitation")
def invitation_accept(*, invitation, user):
    """Join the project the invitation is for. Each invitation works once."""
    # Lock the person too, so two invitations to one project accepted at once make one place.
    User.objects.select_for_update().filter(pk=user.pk).first()
    invitation = (
        Invitation.objects.select_for_update(of=("self",))
        .select_related("project", "invited_by")
        .get(pk=invitation.pk)
    )
    project = invitation.project
    existing = project.participants.select_for_update().filter(user=user).first()
    if _is_active(existing):
        raise AlreadyMember(existing)  # the invitation stays unused for someone else
    if invitation.accepted_at:
        raise InvitationUsed
    if invitation.revoked_at:
        raise InvitationRevoked
    if invitation.expires_at <= timezone.now():
        raise InvitationExpired

    now = timezone.now()
    offline = None
    if invitation.participant_id:
        offline = Participant.objects.select_for_update().get(pk=invitation.participant_id)
        if not offline.is_offline:
            raise InvitationUsed
    if offline is not None and (existing is None or existing.status != MemberStatus.LEFT):
        # Someone who took part offline claims their own record, so their history follows.
        if existing is not None:
            existing.delete()  # a request to join, overtaken by this invitation
        participant = offline
        participant.user = user
        participant.display_name = user.name
        participant.status = MemberStatus.ACTIVE
        participant.joined_at = participant.joined_at or now
        participant.save(update_fields=["user", "display_name", "status", "joined_at"])
    elif existing is not None:
        # Coming back, or an invitation overtaking a request to join: one place, made active.
        participant = existing
        participant.role = invitation.role
        participant.status = MemberStatus.ACTIVE
        participant.invited_by = invitation.invited_by
        participant.joined_at = now
        participant.save(update_fields=["role", "status", "invited_by", "joined_at"])
    else:
        participant = Participant.objects.create(
            project=project,
            user=user,
            display_name=user.name,
            role=invitation.role,
            status=MemberStatus.ACTIVE,
            invited_by=invitation.invited_by,
            joined_at=now,
        )
    invitation.accepted_by = user
    invitation.accepted_at = now
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    _keep_the_card_code(participant, invitation)
    remember_membership(project, user, participant)
    _welcome(participant)
    return participant


def _is_active(participant):
    return participant is not None and participant.status == MemberStatus.ACTIVE


def _keep_the_card_code(participant, invitation):
    """A person holds one code: the one on the card they were given becomes their check-in
    code, unless someone else's card already has it."""
    if participant.card_code == invitation.code:
        return
    if not Participant.objects.filter(card_code=invitation.code).exists():
        participant.card_code = invitation.code
        participant.save(update_fields=["card_code"])


def _welcome(participant):
    project = participant.project
    notify(
        user=participant.user,
        subject=f"Welcome to {project.title}",
        body=render_to_string(
            "participants/email/welcome.txt",
            {
                "participant": participant,
                "project": project,
                "role_phrase": role_phrase(participant.role),
                "project_url": site_url(project.get_absolute_url()),
            },
        ),
        project=project,
        link=project.get_absolute_url(),
        action="Go to the project",
    )


class SignInNameTaken(Exception):
    """Someone else took the sign-in name between the form's check and saving."""


def account_create(*, email, password, display_name, username="", email_verified=False):
    """Make an account for someone joining, with or without an email address. Call inside the
    transaction that accepts the invitation, so a failure leaves no half-made account behind.

    Everyone gets a sign-in name: `username` if given, otherwise one made from their name.
    """
    username = signin_names.normalise(username) or signin_names.suggest(display_name)
    if signin_names.is_taken(username):
        raise SignInNameTaken
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email or None, password, display_name=display_name, username=username
            )
    except IntegrityError:
        raise SignInNameTaken from None
    if user.email:
        EmailAddress.objects.create(
            user=user, email=user.email, primary=True, verified=email_verified
        )
    return user


@transaction.atomic
def join_with_new_account(
    *, email, password, display_name, username="", invitation=None, code="", role=""
):
    """Make the account of someone joining and join, all or nothing: with `invitation`, or
    with a project's open join `code` in `role`. Returns (user, participant).

    `email` may be empty: the person then signs in with their sign-in name.
    An address the invitation was emailed to counts as checked: the message reached them.
    A refusal (any JoinRefused, or SignInNameTaken) leaves no account behind.
    """
    emailed_here = bool(
        email
        and invitation is not None
        and invitation.email
        and invitation.send_count
        and invitation.email.lower() == email.lower()
    )
    user = account_create(
        email=email,
        password=password,
        display_name=display_name,
        username=username,
        email_verified=emailed_here,
    )
    if invitation is not None:
        return user, invitation_accept(invitation=invitation, user=user)
    return user, open_join_request(code=code, user=user, role=role)


@transaction.atomic
@changes_project(via="result")
def open_join_request(*, code, user, role):
    """Join with the project's open link: at once, or waiting for a lead if the lead asked."""
    project = Project.objects.select_for_update().filter(open_join_code=code).first()
    if project is None or not code or not project.open_join_enabled:
        raise OpenJoinClosed
    if role not in open_join_roles(project):
        raise RoleNotOffered
    existing = project.participants.select_for_update().filter(user=user).first()
    if _is_active(existing):
        raise AlreadyMember(existing)
    now = timezone.now()
    # Someone a lead marked as left, or said "not for now" to, comes back only when a lead
    # says yes, even if the link lets everyone else straight in.
    needs_a_yes = project.open_join_needs_approval or (
        existing is not None and existing.status in (MemberStatus.LEFT, MemberStatus.DECLINED)
    )
    status = MemberStatus.PENDING if needs_a_yes else MemberStatus.ACTIVE
    if existing is None:
        participant = Participant.objects.create(
            project=project,
            user=user,
            display_name=user.name,
            role=role,
            status=status,
            joined_at=now if status == MemberStatus.ACTIVE else None,
        )
    else:
        was_waiting = existing.status == MemberStatus.PENDING
        participant = existing
        participant.role = role
        participant.status = status
        if status == MemberStatus.ACTIVE:
            participant.joined_at = now
        participant.save(update_fields=["role", "status", "joined_at"])
        if was_waiting and status == MemberStatus.PENDING:
            return participant  # already asked; the leads have been told
    if status == MemberStatus.ACTIVE:
        remember_membership(project, user, participant)
        _welcome(participant)
    else:
        _tell_leads_about_request(participant)
    return participant


def _tell_leads_about_request(participant):
    project = participant.project
    leads = (
        project.participants.filter(role=Role.LEAD, status=MemberStatus.ACTIVE, user__isnull=False)
        .select_related("user")
        .order_by("pk")
    )
    body = render_to_string(
        "participants/email/join_request.txt",
        {
            "participant": participant,
            "project": project,
            "role_phrase": role_phrase(participant.role),
            "people_url": site_url(reverse("participants:people", kwargs={"slug": project.slug})),
        },
    )
    for lead in leads:
        notify(
            user=lead.user,
            subject=f"{participant.display_name} asked to join {project.title}",
            body=body,
            project=project,
            link=reverse("participants:people", kwargs={"slug": project.slug}),
            action="Say yes or not for now",
        )
