import pytest
from django.utils import timezone

from participants.models import Invitation
from tests.factories import InvitationFactory, ProjectFactory


def url(invitation, slug="care-leavers"):
    return f"/projects/{slug}/people/invitations/{invitation.pk}/cancel/"


@pytest.fixture
def invitation(cast):
    return InvitationFactory(project=cast.project, invited_by=cast.local_lead, name="Jo")


def test_the_sender_cancels_their_invitation_and_its_code_stops_working(
    cast, client_as, invitation
):
    client = client_as("local_lead")
    response = client.post(url(invitation), follow=True)
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None
    assert (
        "The invitation for Jo is cancelled. Its code no longer works." in response.content.decode()
    )
    client.logout()
    assert client.get(f"/join/{invitation.code}/").status_code == 410


def test_a_lead_cancels_anyone_s_invitation(cast, client_as, invitation):
    assert client_as("lead").post(url(invitation)).status_code == 302
    invitation.refresh_from_db()
    assert invitation.revoked_at is not None


def test_a_used_invitation_is_not_cancelled_and_the_reason_is_shown(cast, client_as, invitation):
    invitation.accepted_at = timezone.now()
    invitation.save()
    response = client_as("lead").post(url(invitation), follow=True)
    assert "already been used" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_a_local_lead_cannot_cancel_someone_else_s_invitation(cast, client_as):
    theirs = InvitationFactory(project=cast.project, invited_by=cast.lead)
    assert client_as("local_lead").post(url(theirs)).status_code == 403
    assert Invitation.objects.get(pk=theirs.pk).revoked_at is None


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff", "manager"])
def test_other_members_cannot_cancel(cast, client_as, invitation, who):
    assert client_as(who).post(url(invitation)).status_code == 403
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_an_invitation_from_another_project_is_not_found(cast, client_as):
    other = InvitationFactory(project=ProjectFactory(), invited_by=cast.lead)
    assert client_as("lead").post(url(other)).status_code == 404
    other.refresh_from_db()
    assert other.revoked_at is None
