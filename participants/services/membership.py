"""Writes about people: inviting, joining, approving, roles and leaving; support needs,
consent answers, and deleting an account.

Every function here runs in one transaction and locks the rows two people could be
changing at once (an invitation being accepted twice, two leads changing each other's roles).
"""

from allauth.account.models import EmailAddress
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from participants import codes, consent_texts
from participants.models import (
    INVITATION_DAYS,
    Consent,
    Invitation,
    Participant,
    SupportNeeds,
    User,
)
from participants.notify import email_address, notify, site_url
from participants.selectors.consent import (
    LOCAL_LEAD_ROLE_CHOICES,
    OPEN_JOIN_ROLE_CHOICES,
    age_on,
    current_consents,
    invite_roles_for,
    is_under_18,
    open_join_roles,
)
from projects.models import Project, Update
from projects.predicates import remember_membership
from projects.roles import MemberStatus, Role, role_phrase


class JoinRefused(Exception):
    """An invitation or join link that cannot be used; the view explains why."""

    reason = "refused"

    def __init__(self, participant=None):
        super().__init__(self.reason)
        self.participant = participant


class InvitationExpired(JoinRefused):
    reason = "expired"


class InvitationRevoked(JoinRefused):
    reason = "revoked"


class InvitationUsed(JoinRefused):
    reason = "used"


class AlreadyMember(JoinRefused):
    reason = "already_member"


class OpenJoinClosed(JoinRefused):
    reason = "closed"


class RoleNotOffered(JoinRefused):
    reason = "role"


# Codes ---------------------------------------------------------------------------------------


def _unused_invitation_code():
    while True:
        code = codes.new_code(codes.INVITATION_CODE_LENGTH)
        if not Invitation.objects.filter(code=code).exists():
            return code


def _unused_open_join_code():
    while True:
        code = codes.new_code(codes.OPEN_JOIN_CODE_LENGTH)
        if not Project.objects.filter(open_join_code=code).exists():
            return code


def join_url(code):
    return site_url(reverse("join_code", kwargs={"code": codes.grouped(code)}))


# Invitations ---------------------------------------------------------------------------------


@transaction.atomic
def invitation_create(
    *, project, by, role, email="", name="", participant=None, days=INVITATION_DAYS
):
    """Invite someone by email or with a printable code.

    Inviting an email address that already has a pending invitation to this project sends
    that invitation again instead of making a second one.
    """
    if role not in invite_roles_for(project, by):
        raise PermissionDenied("You cannot invite people into that role.")
    email = (email or "").strip().lower()
    name = " ".join((name or "").split())
    if participant is not None:
        if participant.project_id != project.pk or not participant.is_offline:
            raise ValidationError("Only someone taking part offline can be given a code.")
        name = name or participant.display_name
    if email:
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
    )
    if email:
        _send_invitation(invitation)
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation, by):
    """Cancel an invitation so its code and link stop working."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at:
        raise ValidationError("This invitation has already been used, so it cannot be cancelled.")
    if invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


@transaction.atomic
def invitation_resend(*, invitation, by, days=INVITATION_DAYS):
    """Email an invitation again and give it a fresh expiry date."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.email:
        raise ValidationError("This invitation is a printed code, so there is no email to send.")
    if invitation.accepted_at:
        raise ValidationError("This invitation has already been used.")
    if invitation.revoked_at:
        raise ValidationError("This invitation was cancelled. Make a new one instead.")
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
    }
    subject = f"{context['inviter']} invited you to {project.title}"
    body = render_to_string("participants/email/invitation.txt", context)
    user = User.objects.filter(email__iexact=invitation.email, is_active=True).first()
    if user is not None:
        notify(user=user, subject=subject, body=body, project=project, essential=True)
    else:
        email_address(to=invitation.email, subject=subject, body=body)
    invitation.last_sent_at = timezone.now()
    invitation.send_count += 1
    invitation.save(update_fields=["last_sent_at", "send_count"])


@transaction.atomic
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
    remember_membership(project, user, participant)
    _welcome(participant)
    return participant


def _is_active(participant):
    return participant is not None and participant.status == MemberStatus.ACTIVE


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
    )


# Sign-up during joining -------------------------------------------------------------------------


def account_create(*, email, password, display_name, email_verified=False):
    """Make an account for someone joining. Call inside the transaction that accepts the
    invitation, so a failure leaves no half-made account behind."""
    user = User.objects.create_user(email, password, display_name=display_name)
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=email_verified)
    return user


# Open join --------------------------------------------------------------------------------------


@transaction.atomic
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
        )


@transaction.atomic
def member_approve(*, participant, by):
    """Say yes to someone who asked to join (now, or after an earlier "not for now")."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.status not in (MemberStatus.PENDING, MemberStatus.DECLINED):
        raise ValidationError(f"{participant.display_name} is not waiting for an answer.")
    participant.status = MemberStatus.ACTIVE
    participant.joined_at = timezone.now()
    participant.invited_by = participant.invited_by or by
    participant.save(update_fields=["status", "joined_at", "invited_by"])
    project = participant.project
    notify(
        user=participant.user,
        subject=f"You are in {project.title}",
        body=render_to_string(
            "participants/email/approved.txt",
            {
                "participant": participant,
                "project": project,
                "by": by,
                "role_phrase": role_phrase(participant.role),
                "project_url": site_url(project.get_absolute_url()),
            },
        ),
        project=project,
        essential=True,
    )
    return participant


@transaction.atomic
def member_decline(*, participant, by):
    """Say "not for now" to someone who asked to join. No reason needed; they are told kindly."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.status != MemberStatus.PENDING:
        raise ValidationError(f"{participant.display_name} is not waiting for an answer.")
    participant.status = MemberStatus.DECLINED
    participant.save(update_fields=["status"])
    project = participant.project
    notify(
        user=participant.user,
        subject=f"About your request to join {project.title}",
        body=render_to_string(
            "participants/email/declined.txt", {"participant": participant, "project": project}
        ),
        project=project,
        essential=True,
    )
    return participant


# Managing people --------------------------------------------------------------------------------


def _lock_for_people_change(participant, by):
    """Lock the project, then check `by` is still one of its leads and is not changing
    themselves: together these keep at least one lead in every project, even when two
    leads act at the same moment."""
    Project.objects.select_for_update().filter(pk=participant.project_id).first()
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if participant.user_id is not None and participant.user_id == by.pk:
        raise ValidationError(
            "You cannot change your own place in the project. Ask another lead to do it."
        )
    if not Participant.objects.filter(
        project_id=participant.project_id, user=by, role=Role.LEAD, status=MemberStatus.ACTIVE
    ).exists():
        raise PermissionDenied("Only a project lead can do this.")
    return participant


@transaction.atomic
def participant_change_role(*, participant, by, role):
    participant = _lock_for_people_change(participant, by)
    if role not in Role.values:
        raise ValidationError("Choose one of the roles in the list.")
    participant.role = role
    participant.save(update_fields=["role"])
    return participant


@transaction.atomic
def participant_mark_left(*, participant, by):
    """Mark someone as no longer taking part: they lose access at once."""
    participant = _lock_for_people_change(participant, by)
    participant.status = MemberStatus.LEFT
    participant.save(update_fields=["status"])
    # An unclaimed code for someone who has left must not let anyone in as them.
    Invitation.objects.pending().filter(participant=participant).update(revoked_at=timezone.now())
    return participant


@transaction.atomic
def participant_set_working_group(*, participant, in_group):
    """Put someone taking part into the standing working group, or take them out.

    Leads may add themselves too: the working group is a group of equals, not a change of role.
    """
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    if in_group and participant.status != MemberStatus.ACTIVE:
        raise ValidationError("Only people taking part in the project can join the working group.")
    participant.in_working_group = in_group
    participant.save(update_fields=["in_working_group"])
    return participant


@transaction.atomic
def participant_bring_back(*, participant, by):
    """Undo "left": the person takes part again with the same role and history."""
    participant = _lock_for_people_change(participant, by)
    if participant.status != MemberStatus.LEFT:
        raise ValidationError(f"{participant.display_name} has not left the project.")
    participant.status = MemberStatus.ACTIVE
    participant.save(update_fields=["status"])
    return participant


@transaction.atomic
def participant_add_offline(*, project, by, display_name, role):
    """Add someone who takes part without an account (on paper, through a local lead)."""
    return Participant.objects.create(
        project=project,
        user=None,
        display_name=" ".join(display_name.split()),
        role=role,
        status=MemberStatus.ACTIVE,
        invited_by=by,
        joined_at=timezone.now(),
    )


# Joining settings -------------------------------------------------------------------------------


@transaction.atomic
def project_people_settings_update(
    *, project, by, open_join_enabled, open_join_roles, open_join_needs_approval, local_lead_roles
):
    """Turn the open join link on or off and choose who may join how.

    Turning the link off forgets its code, so an old link never starts working again.
    """
    project = Project.objects.select_for_update().get(pk=project.pk)
    project.open_join_enabled = open_join_enabled
    project.open_join_roles = [r for r in OPEN_JOIN_ROLE_CHOICES if r in set(open_join_roles)]
    project.open_join_needs_approval = open_join_needs_approval
    project.local_lead_roles = [r for r in LOCAL_LEAD_ROLE_CHOICES if r in set(local_lead_roles)]
    if open_join_enabled and not project.open_join_code:
        project.open_join_code = _unused_open_join_code()
    elif not open_join_enabled:
        project.open_join_code = ""
    project.save(
        update_fields=[
            "open_join_enabled",
            "open_join_roles",
            "open_join_needs_approval",
            "local_lead_roles",
            "open_join_code",
            "updated_at",
        ]
    )
    return project


@transaction.atomic
def project_open_join_new_code(*, project, by):
    """A new link; the old one stops working at once."""
    project = Project.objects.select_for_update().get(pk=project.pk)
    if not project.open_join_enabled:
        raise ValidationError("Turn the join link on first.")
    project.open_join_code = _unused_open_join_code()
    project.save(update_fields=["open_join_code", "updated_at"])
    return project


FORMER_PARTICIPANT = "A former participant"


def _locked(participant):
    """Lock the participant's row so two answers sent at once cannot both become current."""
    locked = Participant.objects.select_for_update(of=("self",)).select_related("user")
    return locked.get(pk=participant.pk)


@transaction.atomic
def support_needs_save(*, participant, **fields):
    """Create or replace the participant's support needs."""
    _locked(participant)
    needs, _ = SupportNeeds.objects.update_or_create(participant=participant, defaults=fields)
    return needs


@transaction.atomic
def consents_give(*, participant, answers, recorded_by=None, under_18=None, now=None):
    """Record answers ({purpose: level}) to the consent questions in their current wording.

    An answer that changes, renews an under-18 consent, or follows new wording becomes a new
    row, and the answer it replaces gets `withdrawn_at`: the history is kept. Repeating the
    same answer to the same words changes nothing. `recorded_by` is someone who typed in a
    paper form; `under_18` is what that form said (otherwise it comes from the person's age).
    Returns the new rows.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    participant = _locked(participant)
    if under_18 is None:
        under_18 = is_under_18(participant, today=today)
    standing = current_consents(participant, today=today)
    created = []
    for purpose, level in answers.items():
        text = consent_texts.text_shown(purpose)
        current = standing[purpose].consent
        if (
            current is not None
            and current.level == level
            and current.text_shown == text
            and not standing[purpose].needs_renewal
        ):
            continue
        if current is not None:
            current.withdrawn_at = now
            current.save(update_fields=["withdrawn_at"])
        created.append(
            Consent.objects.create(
                participant=participant,
                purpose=purpose,
                level=level,
                text_shown=text,
                given_at=now,
                given_under_18=under_18,
                recorded_by=recorded_by,
            )
        )
    return created


@transaction.atomic
def own_consents_give(*, participant, answers, date_of_birth=None, age_band="", now=None):
    """A member answers the consent questions for themself, saying their age at the same time."""
    user = participant.user
    now = now or timezone.now()
    if date_of_birth:
        age_band = age_band_for(age_on(date_of_birth, timezone.localdate(now)))
    user.date_of_birth = date_of_birth
    user.age_band = age_band
    user.save(update_fields=["date_of_birth", "age_band"])
    return consents_give(participant=participant, answers=answers, now=now)


def age_band_for(age):
    if age < 16:
        return User.AgeBand.UNDER_16
    if age < 18:
        return User.AgeBand.AGE_16_17
    if age <= 25:
        return User.AgeBand.AGE_18_25
    return User.AgeBand.OVER_25


@transaction.atomic
def consent_withdraw(*, consent, now=None):
    """Withdraw one answer at once: from now on it counts as "no" (photos: not at all)."""
    _locked(consent.participant)
    consent = Consent.objects.get(pk=consent.pk)
    if consent.withdrawn_at is None:
        consent.withdrawn_at = now or timezone.now()
        consent.save(update_fields=["withdrawn_at"])
    return consent


@transaction.atomic
def user_delete(*, user, remove_contributions=False):
    """Delete an account and the personal data held about it.

    Goes: the account (name, email addresses, date of birth, age band, email choice, sign-in
    history), support needs (with any phone number), consent answers, notifications, and the
    name and email written on invitations to them (any still open are revoked).

    Stays, without the person: each Participant row, renamed "A former participant", with no
    account and marked as left, so project history and counts (who took part in which role)
    still add up. Records kept for the project's accounts and decisions (spending, funding,
    decisions, stage changes, glossary terms, files) keep no link to the person.

    Their own words: with `remove_contributions` the project updates they wrote are deleted;
    otherwise they stay, shown without a name. Any model added later that holds a person's own
    words (comments, ideas, feedback) must be handled here the same way: delete its rows when
    `remove_contributions` is true, otherwise leave them attached to the anonymous Participant.
    Reach them through the Participant's reverse relations so this module does not import from
    a higher app.
    """
    participants = list(Participant.objects.select_for_update().filter(user=user))
    SupportNeeds.objects.filter(participant__in=participants).delete()
    Consent.objects.filter(participant__in=participants).delete()
    now = timezone.now()
    theirs = Invitation.objects.filter(Q(accepted_by=user) | Q(participant__in=participants))
    theirs.filter(accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    theirs.update(email="", name="", accepted_by=None)
    Participant.objects.filter(pk__in=[p.pk for p in participants]).update(
        user=None,
        display_name=FORMER_PARTICIPANT,
        status=MemberStatus.LEFT,
        wants_future_involvement=False,
    )
    if remove_contributions:
        Update.objects.filter(author=user).delete()
    user.delete()
