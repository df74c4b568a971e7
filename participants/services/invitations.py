"""Writes about invitations: inviting by email or printed code, sending again, cancelling."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from codesign.forms import one_line
from participants.identity import codes
from participants.models import INVITATION_DAYS, DoNotInvite, Invitation, User
from participants.notify import email_address, join_url, notify, site_url
from participants.notify.unsubscribe import no_invitations_url
from participants.selectors.invitations import invite_roles_for
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.roles import MemberStatus, role_phrase


def _unused_invitation_code():
    while True:
        code = codes.new_code(codes.INVITATION_CODE_LENGTH)
        if not Invitation.objects.filter(code=code).exists():
            return code


@transaction.atomic
@changes_project(via="project")
def invitation_create(
    *,
    project,
    by,
    role,
    email="",
    name="",
    participant=None,
    days=INVITATION_DAYS,
    contact_phone="",
):
    """Invite someone by email or with a printable code.

    Inviting an email address that already has a pending invitation to this project sends
    that invitation again instead of making a second one.
    """
    if role not in invite_roles_for(project, by):
        raise PermissionDenied("You cannot invite people into that role.")
    email = (email or "").strip().lower()
    name = one_line(name)
    if participant is not None:
        if participant.project_id != project.pk or not participant.is_offline:
            raise ValidationError("Only someone taking part offline can be given a code.")
        name = name or participant.display_name
    if email:
        if DoNotInvite.objects.filter(email_hash=DoNotInvite.hash_of(email)).exists():
            raise ValidationError(
                {
                    "email": "This person asked not to be invited to anything again, so we will "
                    "not email them. If they change their mind, they can join with a code."
                }
            )
        if project.participants.filter(
            user__email__iexact=email, status=MemberStatus.ACTIVE
        ).exists():
            raise ValidationError({"email": "This person is already in the project."})
        existing = (
            Invitation.objects.select_for_update()
            .pending()
            .filter(project=project, email__iexact=email)
            .first()
        )
        if existing is not None:
            existing.role = role
            existing.name = name or existing.name
            existing.save(update_fields=["role", "name"])
            return _resend(existing, days=days)
    invitation = Invitation.objects.create(
        project=project,
        role=role,
        invited_by=by,
        name=name,
        email=email,
        code=_unused_invitation_code(),
        participant=participant,
        expires_at=timezone.now() + timezone.timedelta(days=days),
        contact_phone=contact_phone or "",
    )
    if email:
        _send_invitation(invitation)
    return invitation


@transaction.atomic
@changes_project(via="invitation")
def invitation_revoke(*, invitation, by):
    """Cancel an invitation so its code and link stop working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise ValidationError("This invitation has already been used, so it cannot be cancelled.")
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
        audit_record(
            actor=by, action="invitation_revoke", target=invitation, project=invitation.project
        )
    return invitation


@transaction.atomic
@changes_project(via="invitation")
def invitation_resend(*, invitation, by, days=INVITATION_DAYS):
    """Email an invitation again and give it a fresh expiry date."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.email:
        raise ValidationError("This invitation is a printed code, so there is no email to send.")
    if invitation.accepted_at:
        raise ValidationError("This invitation has already been used.")
    if invitation.revoked_at:
        raise ValidationError("This invitation was cancelled. Make a new one instead.")
    audit_record(
        actor=by, action="invitation_resend", target=invitation, project=invitation.project
    )
    return _resend(invitation, days=days)


def _resend(invitation, *, days):
    invitation.expires_at = timezone.now() + timezone.timedelta(days=days)
    invitation.save(update_fields=["expires_at"])
    _send_invitation(invitation)
    return invitation


def _send_invitation(invitation):
    project = invitation.project
    context = {
        "invitation": invitation,
        "project": project,
        "inviter": invitation.invited_by.name if invitation.invited_by else "The project lead",
        "role_phrase": role_phrase(invitation.role),
        "join_url": join_url(invitation.code),
        "join_page": site_url(reverse("join")),
        "code": invitation.grouped_code,
        "no_invitations_url": "",
    }
    subject = f"{context['inviter']} invited you to {project.title}"
    body = render_to_string("participants/email/invitation.txt", context)
    user = User.objects.filter(email__iexact=invitation.email, is_active=True).first()
    if user is not None:
        notify(
            user=user,
            subject=subject,
            body=body,
            project=project,
            essential=True,
            link=reverse("join_code", kwargs={"code": invitation.grouped_code}),
            action="Accept the invitation",
        )
    else:
        # Someone without an account can say, in one click, never to be invited again.
        stop = no_invitations_url(invitation.email)
        # No inbox greets them, so the email does, once.
        body = render_to_string(
            "participants/email/invitation.txt",
            context | {"no_invitations_url": stop, "greeting": True},
        )
        email_address(to=invitation.email, subject=subject, body=body, unsubscribe_url=stop)
    invitation.last_sent_at = timezone.now()
    invitation.send_count += 1
    invitation.save(update_fields=["last_sent_at", "send_count"])
