"""The reference story's invitations and joining: no one is turned away."""

from django.contrib.auth import get_user_model

from participants.seed.demo import (
    DEMO_PASSWORD,
    DEMO_REQUESTER,
    OFFLINE_NAME,
    mark_email_verified,
)
from projects.roles import Role


def seed_joining(project, users):
    """Invitations and joining for the reference story: no one is turned away.

    Returns the unused code for Kirsty, who takes part offline with no email address.
    """
    from django.utils import timezone

    from participants.identity.codes import INVITATION_CODE_LENGTH, OPEN_JOIN_CODE_LENGTH, new_code
    from participants.models import Invitation, Participant
    from projects.roles import MemberStatus

    def unused_code(length=INVITATION_CODE_LENGTH):
        while True:
            code = new_code(length)
            if not Invitation.objects.filter(code=code).exists():
                return code

    now = timezone.now()
    local_lead = users["local.lead@demo.codesign.test"]

    # The local lead invited the young people and frontline staff.
    project.local_lead_roles = [Role.YOUNG_PERSON, Role.STAFF]
    project.open_join_enabled = True
    project.open_join_needs_approval = True
    project.open_join_roles = [Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER]
    project.open_join_code = project.open_join_code or new_code(OPEN_JOIN_CODE_LENGTH)
    project.save()

    for email in ("young.person@demo.codesign.test", "young.person2@demo.codesign.test"):
        person = users[email]
        project.participants.filter(user=person).update(invited_by=local_lead)
        if not Invitation.objects.filter(project=project, accepted_by=person).exists():
            Invitation.objects.create(
                project=project,
                role=Role.YOUNG_PERSON,
                invited_by=local_lead,
                email=email,
                name=person.display_name,
                code=unused_code(),
                last_sent_at=now,
                send_count=1,
                accepted_by=person,
                accepted_at=now,
            )

    # An invitation by email that is still waiting, and one that ran out.
    for email, name, role, days_left in [
        ("lorna@demo.codesign.test", "Lorna", Role.STAFF, 20),
        ("ross@demo.codesign.test", "Ross", Role.YOUNG_PERSON, -3),
    ]:
        expires = now + timezone.timedelta(days=days_left)
        invitation, created = Invitation.objects.get_or_create(
            project=project,
            email=email,
            defaults={
                "role": role,
                "invited_by": local_lead,
                "name": name,
                "code": unused_code(),
                "expires_at": expires,
                "last_sent_at": expires - timezone.timedelta(days=30),
                "send_count": 1,
            },
        )
        if not created and invitation.is_pending != (days_left > 0):
            invitation.expires_at = expires
            invitation.save(update_fields=["expires_at"])

    # Kirsty takes part offline (no email); her code lets her claim her place later.
    kirsty, _ = Participant.objects.get_or_create(
        project=project,
        user=None,
        display_name=OFFLINE_NAME,
        defaults={
            "role": Role.YOUNG_PERSON,
            "status": MemberStatus.ACTIVE,
            "invited_by": local_lead,
            "joined_at": now,
        },
    )
    card = Invitation.objects.filter(participant=kirsty, accepted_at__isnull=True).first()
    if card is None:
        card = Invitation.objects.create(
            project=project,
            role=kirsty.role,
            invited_by=local_lead,
            name=OFFLINE_NAME,
            code=unused_code(),
            participant=kirsty,
        )
    if not card.is_pending:
        card.revoked_at = None
        card.expires_at = now + timezone.timedelta(days=30)
        card.save(update_fields=["revoked_at", "expires_at"])

    # Sam used the join link and is waiting for a lead to say yes.
    User = get_user_model()
    email, name = DEMO_REQUESTER
    sam, created = User.objects.get_or_create(email=email, defaults={"display_name": name})
    if created or not sam.check_password(DEMO_PASSWORD):
        sam.set_password(DEMO_PASSWORD)
        sam.save()
    mark_email_verified(sam)
    project.participants.update_or_create(
        user=sam,
        defaults={"display_name": name, "role": Role.YOUNG_PERSON, "status": MemberStatus.PENDING},
    )
    return card
