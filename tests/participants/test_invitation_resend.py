import pytest
from django.core import mail
from django.utils import timezone

from tests.factories import InvitationFactory


def url(invitation):
    return f"/projects/care-leavers/people/invitations/{invitation.pk}/send-again/"


@pytest.fixture
def invitation(cast):
    return InvitationFactory(
        project=cast.project,
        invited_by=cast.local_lead,
        email="jo@example.org",
        send_count=1,
        expires_at=timezone.now() - timezone.timedelta(days=1),
    )


def test_the_sender_sends_it_again_with_a_fresh_expiry(cast, client_as, invitation):
    response = client_as("local_lead").post(url(invitation), follow=True)
    invitation.refresh_from_db()
    assert invitation.send_count == 2
    assert invitation.last_sent_at is not None
    assert invitation.is_pending
    assert mail.outbox[0].to == ["jo@example.org"]
    assert "We emailed the invitation to jo@example.org again" in response.content.decode()


def test_a_code_invitation_is_not_sent_and_the_reason_is_shown(cast, client_as):
    card = InvitationFactory(project=cast.project, invited_by=cast.lead)
    response = client_as("lead").post(url(card), follow=True)
    assert "there is no email to send" in response.content.decode()
    assert mail.outbox == []


def test_a_local_lead_cannot_resend_someone_else_s_invitation(cast, client_as):
    theirs = InvitationFactory(project=cast.project, invited_by=cast.lead, email="x@example.org")
    assert client_as("local_lead").post(url(theirs)).status_code == 403
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff", "manager"])
def test_other_members_cannot_resend(cast, client_as, invitation, who):
    assert client_as(who).post(url(invitation)).status_code == 403
    assert mail.outbox == []
