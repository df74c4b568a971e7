"""Joining with a printed card and no email address: a sign-in name instead."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from participants.identity import signin_names
from participants.models import Participant, User
from participants.services.joining import SignInNameTaken, account_create
from tests.factories import InvitationFactory, UserFactory

URL = "/join/KXPT-7HWQ/"
NO_EMAIL = {
    "display_name": "Jay Smith",
    "email": "",
    "username": "",
    "password1": "a-long-enough-passphrase",
    "password2": "a-long-enough-passphrase",
}


@pytest.fixture
def invitation(cast):
    return InvitationFactory(
        project=cast.project, invited_by=cast.local_lead, code="KXPT7HWQ", role="young_person"
    )


def test_a_newcomer_without_email_joins_and_is_given_a_sign_in_name(client, invitation):
    response = client.post(URL, NO_EMAIL, follow=True)
    user = User.objects.get(display_name="Jay Smith")
    assert user.email is None and not EmailAddress.objects.filter(user=user).exists()
    assert user.username.startswith("jay") and user.username[3:].isdigit()
    assert Participant.objects.get(user=user).status == "active"
    # The new name comes first, on a step of its own, then the welcome step.
    body = response.content.decode()
    assert "Write down your sign-in name" in body and user.username in body
    assert response.redirect_chain[-1][0].startswith("/me/sign-in-name/?next=")
    assert response.context["user"] == user  # signed in
    assert mail.outbox == []  # no address, so nothing is emailed


def test_a_newcomer_may_choose_their_own_sign_in_name(client, invitation):
    client.post(URL, {**NO_EMAIL, "username": "  JayS-2008 "})
    assert User.objects.get(display_name="Jay Smith").username == "jays-2008"


def test_a_sign_in_name_taken_in_any_case_is_said_plainly_and_nothing_is_saved(client, invitation):
    UserFactory(username="jay482")
    response = client.post(URL, {**NO_EMAIL, "username": "JAY482"})
    assert response.status_code == 200
    error = response.context["signup_form"].errors["username"][0]
    assert "“jay482” is already taken" in error
    suggestion = error.split("Try ")[1].split(",")[0]
    assert not signin_names.is_taken(suggestion)
    assert not User.objects.filter(display_name="Jay Smith").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("jo", "at least 4"),
        ("jay@home", "cannot have “@”"),
        ("4jay", "starting with a letter"),
        ("jay smith", "Use only letters and numbers"),
    ],
)
def test_a_sign_in_name_that_cannot_be_used_is_explained(client, invitation, name, words):
    response = client.post(URL, {**NO_EMAIL, "username": name})
    assert words in response.context["signup_form"].errors["username"][0]
    assert not User.objects.filter(display_name="Jay Smith").exists()


def test_the_join_page_says_email_is_optional(client, invitation):
    body = client.get(URL).content.decode()
    assert "Email address (optional)" in body
    assert "An email address is welcome but not needed" in body


def test_the_open_link_also_takes_people_without_email(client, cast):
    cast.project.open_join_enabled = True
    cast.project.open_join_code = "ACDEFGHJKMNP"
    cast.project.open_join_roles = ["young_person"]
    cast.project.save()
    client.post("/join/ACDE-FGHJ-KMNP/", {**NO_EMAIL, "role": "young_person"})
    assert Participant.objects.get(user__display_name="Jay Smith").role == "young_person"


def test_a_name_taken_at_the_last_moment_leaves_no_account(db):
    UserFactory(username="sam123")
    with pytest.raises(SignInNameTaken):
        account_create(email="", password="x", display_name="Sam", username="Sam123")
    assert User.objects.filter(username__iexact="sam123").count() == 1


def test_two_names_differing_only_in_capitals_cannot_both_be_stored(db):
    from django.db import IntegrityError

    UserFactory(username="alex100")
    with pytest.raises(IntegrityError):
        UserFactory(username="ALEX100")


def test_suggestions_come_from_the_first_name_with_random_digits(db):
    assert signin_names.suggest("Zoë Brown")[:3] == "zoe"
    assert signin_names.suggest("")[:6] == "member"
    assert len({signin_names.suggest("Jay") for _ in range(10)}) > 1


def test_the_name_step_goes_on_only_to_this_site(client, invitation):
    client.post(URL, NO_EMAIL)
    step = client.get("/me/sign-in-name/?next=/projects/care-leavers/welcome/")
    assert 'href="/projects/care-leavers/welcome/"' in step.content.decode()
    away = client.get("/me/sign-in-name/?next=https://example.com/")
    assert 'href="/me/"' in away.content.decode() and "example.com" not in away.content.decode()
