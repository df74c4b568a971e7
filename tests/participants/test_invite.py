import pytest
from django.core import mail

from participants.models import Invitation
from tests.conftest import MEMBER_ROLES

URL = "/projects/care-leavers/people/invite/"


def test_a_lead_sends_an_invitation_by_email(cast, client_as):
    response = client_as("lead").post(
        URL,
        {"how": "email", "email": "Jo@Example.org", "name": "Jo", "role": "manager", "days": 30},
    )
    assert response.status_code == 302
    assert response["Location"] == "/projects/care-leavers/people/"
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role, invitation.invited_by) == (
        "jo@example.org",
        "manager",
        cast.lead,
    )
    assert invitation.send_count == 1
    assert mail.outbox[0].to == ["jo@example.org"]
    page = client_as("lead").get(response["Location"]).content.decode()
    assert "We emailed an invitation to jo@example.org." in page


def test_a_local_lead_makes_a_printable_code_and_sees_its_card(cast, client_as):
    response = client_as("local_lead").post(
        URL,
        {
            "how": "code",
            "email": "ignored@example.org",
            "name": "Kirsty",
            "role": "young_person",
            "days": 14,
        },
    )
    invitation = Invitation.objects.get()
    assert (
        response["Location"] == f"/projects/care-leavers/people/invitations/{invitation.pk}/card/"
    )
    assert invitation.email == ""
    assert 13 <= (invitation.expires_at - invitation.created_at).days <= 14
    assert mail.outbox == []


def test_inviting_an_email_twice_reuses_the_invitation_and_says_so(cast, client_as):
    client = client_as("lead")
    data = {"how": "email", "email": "jo@example.org", "role": "staff", "days": 30}
    client.post(URL, data)
    response = client.post(URL, data, follow=True)
    assert Invitation.objects.count() == 1
    assert "already had an invitation, so we sent it again" in response.content.decode()
    assert len(mail.outbox) == 2


def test_a_local_lead_is_offered_only_the_roles_the_lead_allows(cast, client_as):
    body = client_as("local_lead").get(URL).content.decode()
    assert 'value="young_person"' in body and 'value="staff"' in body
    assert 'value="manager"' not in body and 'value="lead"' not in body
    response = client_as("local_lead").post(URL, {"how": "code", "role": "manager", "days": 30})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert Invitation.objects.count() == 0


def test_a_lead_is_offered_every_role(cast, client_as):
    body = client_as("lead").get(URL).content.decode()
    for role in MEMBER_ROLES:
        assert f'value="{role}"' in body


def test_an_email_invitation_needs_an_address(cast, client_as):
    response = client_as("lead").post(
        URL, {"how": "email", "email": "", "name": "Jo", "role": "staff", "days": 30}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Type their email address, or choose a printed card with a code instead." in body
    assert 'value="Jo"' in body
    assert Invitation.objects.count() == 0


def test_a_bad_email_address_is_explained(cast, client_as):
    response = client_as("lead").post(
        URL, {"how": "email", "email": "jo@", "role": "staff", "days": 30}
    )
    assert "Type an email address like name@example.com." in response.content.decode()
    assert Invitation.objects.count() == 0


def test_inviting_someone_already_in_the_project_is_explained(cast, client_as):
    response = client_as("lead").post(
        URL, {"how": "email", "email": "staff@example.org", "role": "staff", "days": 30}
    )
    assert response.status_code == 200
    assert "This person is already in the project." in response.content.decode()
    assert Invitation.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["lead", "local_lead"])
def test_leads_and_local_leads_see_the_form(cast, client_as, who):
    response = client_as(who).get(URL)
    assert response.status_code == 200
    assert "How will they get the invitation?" in response.content.decode()


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff", "manager"])
def test_other_members_may_not_invite(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"how": "code", "role": "young_person", "days": 30}).status_code == 403
    assert Invitation.objects.count() == 0


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").get(URL).status_code == 404
    assert (
        client_as("outsider")
        .post(URL, {"how": "code", "role": "young_person", "days": 30})
        .status_code
        == 404
    )


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    client.post(URL, {"how": "code", "role": "young_person", "days": 30})
    assert Invitation.objects.count() == 0
