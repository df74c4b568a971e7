"""Inviting and accepting, below the pages: expiry, cancelling, reuse, wrong projects, races."""

import threading

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from participants.models import Invitation, Participant
from participants.services.invitations import (
    invitation_create,
    invitation_resend,
    invitation_revoke,
)
from participants.services.joining import (
    AlreadyMember,
    InvitationExpired,
    InvitationRevoked,
    InvitationUsed,
    invitation_accept,
)
from participants.services.membership import participant_add_offline, participant_mark_left
from tests.factories import InvitationFactory, ProjectFactory, UserFactory


def test_a_code_invitation_has_an_unguessable_code_and_expires_in_30_days(cast):
    invitation = invitation_create(project=cast.project, by=cast.lead, role="young_person")
    assert len(invitation.code) == 8
    assert invitation.grouped_code == f"{invitation.code[:4]}-{invitation.code[4:]}"
    days = (invitation.expires_at - timezone.now()).total_seconds() / 86400
    assert 29.9 < days <= 30
    assert invitation.is_pending
    assert mail.outbox == []


def test_each_invitation_gets_its_own_code(cast):
    made = {
        invitation_create(project=cast.project, by=cast.lead, role="staff").code for _ in range(30)
    }
    assert len(made) == 30


def test_inviting_the_same_email_twice_sends_the_first_invitation_again(cast):
    first = invitation_create(
        project=cast.project, by=cast.local_lead, role="young_person", email="Jo@Example.org"
    )
    Invitation.objects.filter(pk=first.pk).update(expires_at=timezone.now() + timezone.timedelta(1))
    second = invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="jo@example.org "
    )
    assert second.pk == first.pk
    assert Invitation.objects.count() == 1
    second.refresh_from_db()
    assert (second.send_count, second.role, second.code) == (2, "staff", first.code)
    assert (second.expires_at - timezone.now()).days >= 29
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("how", ["cancelled", "used"])
def test_a_used_or_cancelled_invitation_is_not_reused(cast, how):
    first = invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="jo@example.org"
    )
    if how == "cancelled":
        invitation_revoke(invitation=first, by=cast.lead)
    else:
        invitation_accept(invitation=first, user=UserFactory(email="jo@example.org"))
        participant_mark_left(
            participant=Participant.objects.get(user__email="jo@example.org"), by=cast.lead
        )
    again = invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="jo@example.org"
    )
    assert again.pk != first.pk
    first.refresh_from_db()
    assert first.state == ("cancelled" if how == "cancelled" else "joined")


def test_the_same_email_in_another_project_gets_its_own_invitation(cast):
    other = ProjectFactory()
    other.participants.create(user=cast.lead, display_name="Lead", role="lead", status="active")
    a = invitation_create(project=cast.project, by=cast.lead, role="staff", email="jo@example.org")
    b = invitation_create(project=other, by=cast.lead, role="staff", email="jo@example.org")
    assert a.pk != b.pk


def test_someone_already_in_the_project_is_not_invited_again(cast):
    with pytest.raises(ValidationError) as error:
        invitation_create(
            project=cast.project, by=cast.lead, role="staff", email="Young_Person@example.org"
        )
    assert "already in the project" in str(error.value)
    assert Invitation.objects.count() == 0


def test_a_local_lead_invites_only_into_the_roles_the_lead_allows(cast):
    invitation_create(project=cast.project, by=cast.local_lead, role="young_person")
    invitation_create(project=cast.project, by=cast.local_lead, role="staff")
    with pytest.raises(PermissionDenied):
        invitation_create(project=cast.project, by=cast.local_lead, role="manager")
    cast.project.local_lead_roles = ["manager"]
    cast.project.save()
    invitation_create(project=cast.project, by=cast.local_lead, role="manager")
    with pytest.raises(PermissionDenied):
        invitation_create(project=cast.project, by=cast.local_lead, role="young_person")


def test_a_local_lead_never_invites_a_lead_even_if_the_setting_says_so(cast):
    cast.project.local_lead_roles = ["lead", "staff"]
    cast.project.save()
    with pytest.raises(PermissionDenied):
        invitation_create(project=cast.project, by=cast.local_lead, role="lead")


def test_a_lead_invites_into_any_role_and_others_into_none(cast):
    for role in ["lead", "local_lead", "facilitator", "young_person", "staff", "manager"]:
        invitation_create(project=cast.project, by=cast.lead, role=role)
    for who in ["facilitator", "young_person", "staff", "manager", "outsider"]:
        with pytest.raises(PermissionDenied):
            invitation_create(project=cast.project, by=cast.users[who], role="young_person")


def test_accepting_makes_the_person_a_member_in_the_invited_role(cast):
    invitation = invitation_create(project=cast.project, by=cast.local_lead, role="staff")
    newcomer = UserFactory(display_name="Jo")
    participant = invitation_accept(invitation=invitation, user=newcomer)
    assert (participant.role, participant.status, participant.invited_by) == (
        "staff",
        "active",
        cast.local_lead,
    )
    assert participant.joined_at is not None
    invitation.refresh_from_db()
    assert invitation.accepted_by == newcomer and invitation.accepted_at is not None
    assert newcomer.has_perm("projects.view_project", cast.project)


def test_a_code_for_one_project_never_joins_another(cast):
    other = ProjectFactory(slug="other")
    invitation = InvitationFactory(project=other, invited_by=cast.lead)
    newcomer = UserFactory()
    invitation_accept(invitation=invitation, user=newcomer)
    assert not newcomer.has_perm("projects.view_project", cast.project)
    assert list(
        Participant.objects.filter(user=newcomer).values_list("project__slug", flat=True)
    ) == ["other"]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"expires_at": timezone.now() - timezone.timedelta(seconds=1)}, InvitationExpired),
        ({"revoked_at": timezone.now()}, InvitationRevoked),
        ({"accepted_at": timezone.now()}, InvitationUsed),
    ],
)
def test_expired_cancelled_and_used_invitations_do_not_work(cast, change, error):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead, **change)
    newcomer = UserFactory()
    with pytest.raises(error):
        invitation_accept(invitation=invitation, user=newcomer)
    assert not Participant.objects.filter(user=newcomer).exists()


def test_an_invitation_works_once(cast):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead)
    invitation_accept(invitation=invitation, user=UserFactory())
    with pytest.raises(InvitationUsed):
        invitation_accept(invitation=invitation, user=UserFactory())


def test_a_member_is_told_they_are_already_in_and_the_invitation_stays_unused(cast):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead)
    with pytest.raises(AlreadyMember) as refused:
        invitation_accept(invitation=invitation, user=cast.staff)
    assert refused.value.participant == cast.participants["staff"]
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_someone_who_left_comes_back_with_an_invitation_in_the_same_place(cast):
    place = cast.participants["staff"]
    place.status = "left"
    place.save()
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead, role="manager")
    participant = invitation_accept(invitation=invitation, user=cast.staff)
    assert participant.pk == place.pk
    assert (participant.status, participant.role) == ("active", "manager")


def test_an_offline_participant_claims_their_own_record(cast):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    invitation = invitation_create(
        project=cast.project, by=cast.lead, role="young_person", participant=kirsty
    )
    assert invitation.name == "Kirsty"
    user = UserFactory(display_name="Kirsty M")
    participant = invitation_accept(invitation=invitation, user=user)
    assert participant.pk == kirsty.pk
    kirsty.refresh_from_db()
    assert (kirsty.user, kirsty.status, kirsty.display_name) == (user, "active", "Kirsty M")
    assert (
        Participant.objects.filter(project=cast.project, display_name__startswith="Kirsty").count()
        == 1
    )


def test_a_claimed_offline_record_cannot_be_claimed_again_with_another_code(cast):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    first = invitation_create(
        project=cast.project, by=cast.lead, role="young_person", participant=kirsty
    )
    second = invitation_create(
        project=cast.project, by=cast.lead, role="young_person", participant=kirsty
    )
    invitation_accept(invitation=first, user=UserFactory())
    with pytest.raises(InvitationUsed):
        invitation_accept(invitation=second, user=UserFactory())


def test_a_request_to_join_is_replaced_when_the_person_claims_their_offline_record(cast):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    user = UserFactory()
    cast.project.participants.create(user=user, display_name="K", role="staff", status="pending")
    invitation = invitation_create(
        project=cast.project, by=cast.lead, role="young_person", participant=kirsty
    )
    participant = invitation_accept(invitation=invitation, user=user)
    assert participant.pk == kirsty.pk
    assert Participant.objects.filter(project=cast.project, user=user).count() == 1


def test_only_an_offline_record_in_the_same_project_can_be_given_a_code(cast):
    with pytest.raises(ValidationError):
        invitation_create(
            project=cast.project,
            by=cast.lead,
            role="young_person",
            participant=cast.participants["young_person"],
        )
    elsewhere = ProjectFactory()
    offline = elsewhere.participants.create(display_name="Kim", role="young_person")
    with pytest.raises(ValidationError):
        invitation_create(
            project=cast.project, by=cast.lead, role="young_person", participant=offline
        )


def test_resending_bumps_the_count_and_extends_the_expiry(cast):
    invitation = invitation_create(
        project=cast.project, by=cast.lead, role="staff", email="jo@example.org"
    )
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timezone.timedelta(days=2)
    )
    invitation_resend(invitation=invitation, by=cast.lead)
    invitation.refresh_from_db()
    assert invitation.send_count == 2
    assert invitation.is_pending
    assert invitation.last_sent_at > timezone.now() - timezone.timedelta(minutes=1)
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "change", [{"revoked_at": timezone.now()}, {"accepted_at": timezone.now()}]
)
def test_cancelled_or_used_invitations_are_not_resent(cast, change):
    invitation = InvitationFactory(
        project=cast.project, invited_by=cast.lead, email="jo@example.org", **change
    )
    with pytest.raises(ValidationError):
        invitation_resend(invitation=invitation, by=cast.lead)
    assert mail.outbox == []


def test_a_code_invitation_cannot_be_resent_by_email(cast):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead)
    with pytest.raises(ValidationError, match="printed code"):
        invitation_resend(invitation=invitation, by=cast.lead)


def test_a_used_invitation_cannot_be_cancelled(cast):
    invitation = InvitationFactory(
        project=cast.project, invited_by=cast.lead, accepted_at=timezone.now()
    )
    with pytest.raises(ValidationError):
        invitation_revoke(invitation=invitation, by=cast.lead)
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_people_using_one_code_at_the_same_moment_make_one_member():
    project = ProjectFactory()
    invitation = InvitationFactory(project=project)
    people = [UserFactory(), UserFactory()]
    outcomes = []
    barrier = threading.Barrier(2)

    def accept(user):
        try:
            barrier.wait()
            invitation_accept(invitation=invitation, user=user)
            outcomes.append("joined")
        except InvitationUsed:
            outcomes.append("used")
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=(user,)) for user in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["joined", "used"]
    assert Participant.objects.filter(project=project).count() == 1
