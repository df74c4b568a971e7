"""Following an invitation: see what it is, then join (signed in, or making an account)."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.utils import timezone

from participants.models import Participant, User
from participants.services import joining as joining_services
from participants.services.joining import InvitationUsed
from participants.services.membership import participant_add_offline
from participants.views import join_endings as views_join
from tests.factories import InvitationFactory, ProjectFactory
from tests.helpers import follow_confirmation_link

URL = "/join/KXPT-7HWQ/"
NEWCOMER = {
    "display_name": "Jay",
    "email": "Jay@Example.org",
    "password1": "a-long-enough-passphrase",
    "password2": "a-long-enough-passphrase",
}


@pytest.fixture
def invitation(cast):
    return InvitationFactory(
        project=cast.project, invited_by=cast.local_lead, code="KXPT7HWQ", role="young_person"
    )


def test_a_newcomer_sees_the_project_who_invited_them_and_the_role(client, invitation):
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "You are invited to Support for care leavers" in body
    assert "Local lead invited you" in body
    assert "as a young person" in body
    assert "It is fine to say no" in body
    assert "Make my account and join" in body
    assert "/accounts/login/?next=/join/KXPT-7HWQ/" in body


def test_the_code_in_the_address_works_in_any_case_and_without_the_dash(client, invitation):
    assert client.get("/join/kxpt7hwq/").status_code == 200


def sign_up_and_confirm(client, data=NEWCOMER):
    """A newcomer makes their account, finishes it from the emailed link and comes back here
    signed in; one press of the button then joins."""
    response = client.post(URL, data)
    assert response["Location"] == "/accounts/confirm-email/"
    response = follow_confirmation_link(client, mail.outbox, data["email"].lower())
    assert response["Location"] == URL
    return client.post(URL)


def test_a_newcomer_makes_an_account_checks_their_email_and_joins(client, invitation):
    response = sign_up_and_confirm(client)
    assert response.status_code == 302
    assert response["Location"] == views_join.after_join_url(
        Participant.objects.get(user__email="jay@example.org")
    )
    assert response["Location"] == "/projects/care-leavers/welcome/"
    user = User.objects.get(email="jay@example.org")
    assert user.display_name == "Jay" and user.check_password("a-long-enough-passphrase")
    participant = Participant.objects.get(user=user)
    assert (participant.role, participant.status, participant.invited_by) == (
        "young_person",
        "active",
        invitation.invited_by,
    )
    page = client.get(response["Location"])
    assert page.status_code == 200  # signed in and in the project
    assert "Welcome to Support for care leavers! You are taking part as a young person." in (
        page.content.decode()
    )
    invitation.refresh_from_db()
    assert invitation.accepted_by == user


def test_a_newcomer_gets_a_check_of_their_address_then_a_welcome_email(client, invitation):
    client.post(URL, NEWCOMER)
    assert any("/accounts/confirm-email/" in message.body for message in mail.outbox)
    assert not EmailAddress.objects.get(email="jay@example.org").verified
    sign_up_and_confirm_rest = follow_confirmation_link(client, mail.outbox, "jay@example.org")
    assert sign_up_and_confirm_rest["Location"] == URL
    client.post(URL)
    subjects = [message.subject for message in mail.outbox]
    assert "Codesign: Welcome to Support for care leavers" in subjects
    assert EmailAddress.objects.get(email="jay@example.org").verified


def test_joining_with_the_address_the_invitation_was_emailed_to_counts_as_checked(client, cast):
    InvitationFactory(project=cast.project, code="KXPT7HWQ", email="jay@example.org", send_count=1)
    client.post(URL, NEWCOMER)
    assert EmailAddress.objects.get(email="jay@example.org").verified
    assert not any("/accounts/confirm-email/" in message.body for message in mail.outbox)


def test_a_signed_in_person_joins_with_one_button(cast, client, invitation):
    client.force_login(cast.outsider)
    body = client.get(URL).content.decode()
    assert "You are signed in as Outsider." in body
    response = client.post(URL)
    assert response["Location"] == "/projects/care-leavers/welcome/"
    assert Participant.objects.get(user=cast.outsider).role == "young_person"


def test_a_member_is_told_they_are_already_in_the_project(cast, client_as, invitation):
    response = client_as("staff").get(URL)
    assert response.status_code == 200
    assert "You are already in this project" in response.content.decode()
    response = client_as("staff").post(URL)
    assert "You are already in this project" in response.content.decode()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize(
    ("change", "heading"),
    [
        (
            {"expires_at": timezone.now() - timezone.timedelta(days=1)},
            "This invitation has run out",
        ),
        ({"revoked_at": timezone.now()}, "This invitation was cancelled"),
        ({"accepted_at": timezone.now()}, "This invitation has already been used"),
    ],
)
def test_each_unusable_invitation_has_its_own_message(client, cast, change, heading):
    InvitationFactory(project=cast.project, invited_by=cast.local_lead, code="KXPT7HWQ", **change)
    response = client.get(URL)
    assert response.status_code == 410
    body = response.content.decode()
    assert heading in body
    assert "Local lead" in body  # who to ask
    response = client.post(URL, NEWCOMER)
    assert response.status_code == 410
    assert not User.objects.filter(email="jay@example.org").exists()


def test_an_unknown_code_gets_its_own_message_and_a_box_to_try_again(client, invitation):
    response = client.get("/join/KXPT-7HWA/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "We could not find that code" in body
    assert 'value="KXPT-7HWA"' in body


def test_bad_sign_up_details_are_explained_and_nothing_is_saved(client, invitation):
    response = client.post(
        URL,
        {"display_name": " ", "email": "jay@", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Tell us what to call you." in body
    assert "Type an email address like name@example.com." in body
    assert "The two passwords are different." in body
    assert User.objects.filter(email__startswith="jay").count() == 0
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


def test_a_weak_password_is_explained(client, invitation):
    response = client.post(URL, {**NEWCOMER, "password1": "password", "password2": "password"})
    assert "This password is too common." in response.content.decode()
    assert not User.objects.filter(email="jay@example.org").exists()


def test_an_email_that_already_has_an_account_gets_the_same_answer(cast, client, invitation):
    response = client.post(URL, {**NEWCOMER, "email": "Outsider@example.org"})
    assert response["Location"] == "/accounts/confirm-email/"
    assert not Participant.objects.filter(user=cast.outsider).exists()


def test_nothing_is_half_saved_when_joining_fails_after_the_account_is_made(
    client, cast, monkeypatch
):
    InvitationFactory(project=cast.project, code="KXPT7HWQ", email="jay@example.org", send_count=1)

    def refuse(**kwargs):
        raise InvitationUsed

    monkeypatch.setattr(joining_services, "invitation_accept", refuse)
    response = client.post(URL, NEWCOMER)
    assert response.status_code == 410
    assert "This invitation has already been used" in response.content.decode()
    assert not User.objects.filter(email="jay@example.org").exists()
    assert not EmailAddress.objects.filter(email="jay@example.org").exists()
    assert client.get("/projects/").status_code == 302  # not signed in


def test_someone_taking_part_offline_claims_their_place_with_their_code(cast, client):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    InvitationFactory(
        project=cast.project,
        code="KXPT7HWQ",
        participant=kirsty,
        name="Kirsty",
        invited_by=cast.lead,
    )
    body = client.get(URL).content.decode()
    assert 'value="Kirsty"' in body
    assert "everything so far stays with you" in body
    sign_up_and_confirm(
        client, {**NEWCOMER, "display_name": "Kirsty", "email": "kirsty@example.org"}
    )
    kirsty.refresh_from_db()
    assert kirsty.user.email == "kirsty@example.org"
    assert kirsty.status == "active"
    assert Participant.objects.filter(project=cast.project, user=kirsty.user).count() == 1


def test_a_code_for_one_project_lands_in_that_project_only(cast, client):
    other = ProjectFactory(slug="other-project", title="Other project")
    InvitationFactory(project=other, code="KXPT7HWQ")
    response = sign_up_and_confirm(client)
    assert response["Location"] == "/projects/other-project/welcome/"
    assert client.get("/projects/care-leavers/").status_code == 404


def test_someone_waiting_after_using_the_join_link_is_let_in_by_an_invitation(
    cast, client, invitation
):
    cast.project.participants.create(
        user=cast.outsider, display_name="Outsider", role="staff", status="pending"
    )
    client.force_login(cast.outsider)
    client.post(URL)
    participant = Participant.objects.get(user=cast.outsider)
    assert (participant.status, participant.role) == ("active", "young_person")


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_it_rejects_other_methods(client, invitation, method):
    assert getattr(client, method)(URL).status_code == 405


def test_when_the_site_insists_on_checked_addresses_newcomers_join_after_checking(
    client, invitation, settings
):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    response = sign_up_and_confirm(client)
    assert response["Location"] == "/projects/care-leavers/welcome/"
    assert Participant.objects.get(user__email="jay@example.org").status == "active"


def test_an_address_the_invitation_was_emailed_to_needs_no_further_check(client, cast, settings):
    settings.ACCOUNT_EMAIL_VERIFICATION = "mandatory"
    InvitationFactory(project=cast.project, code="KXPT7HWQ", email="jay@example.org", send_count=1)
    response = client.post(URL, NEWCOMER)
    assert response["Location"] == "/projects/care-leavers/welcome/"
    assert client.get("/projects/care-leavers/").status_code == 200
