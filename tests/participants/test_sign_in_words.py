"""Every sign-in and account page speaks in our words, never in the framework's."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from tests.factories import UserFactory

# The framework's wording that people must never meet.
DEFAULT_WORDING = [
    "The email address and/or password you specified are not correct.",
    "This field is required.",
    "Remember Me",
    "Forgot your password?",
    "Enter a valid email address.",
    "Sign In",
    "Sign Out",
    "Password Reset",
    "Reset My Password",
    "Request Code",
    "Verify Your Email Address",
    "Confirm Email Address",
    "Change Password",
    "Set Password",
    "Email Addresses",
    "Bad Token",
    "Successfully signed in as",
    "Please type your current password.",
]

ANONYMOUS_PAGES = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/login/code/",
    "/accounts/password/reset/",
    "/accounts/password/reset/done/",
    "/accounts/password/reset/key/1-not-a-key/",
    "/accounts/password/reset/key/done/",
    "/accounts/confirm-email/",
    "/accounts/confirm-email/not-a-key/",
    "/accounts/inactive/",
]
SIGNED_IN_PAGES = [
    "/accounts/logout/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/reauthenticate/",
]


def assert_our_words(response):
    body = response.content.decode()
    found = [words for words in DEFAULT_WORDING if words in body]
    assert not found, f"{response.request['PATH_INFO']} says {found}"


def test_no_template_of_ours_uses_the_framework_wording():
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in Path(folder).rglob("*"):
            if path.is_file():
                text = path.read_text()
                found = [words for words in DEFAULT_WORDING if words in text]
                assert not found, f"{path} says {found}"


@pytest.mark.parametrize("path", ANONYMOUS_PAGES)
def test_pages_for_visitors_use_our_words(client, db, path):
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert_our_words(response)
    assert_our_words(client.post(path, {}, follow=True))


@pytest.mark.parametrize("path", SIGNED_IN_PAGES)
def test_pages_for_signed_in_people_use_our_words(client, db, path):
    client.force_login(UserFactory())
    response = client.get(path, follow=True)
    assert response.status_code == 200
    assert_our_words(response)
    if path != "/accounts/logout/":
        assert_our_words(client.post(path, {}, follow=True))


def test_a_wrong_password_is_explained_plainly(client, db):
    UserFactory(email="jay@example.org")
    response = client.post("/accounts/login/", {"login": "jay@example.org", "password": "wrong"})
    body = response.content.decode()
    assert "The email address or password is not right." in body
    assert_our_words(response)


def test_empty_sign_in_says_what_to_enter(client, db):
    body = client.post("/accounts/login/", {}).content.decode()
    assert "Enter your email address or sign-in name." in body
    assert "Enter your password." in body
    assert "Keep me signed in on this device" in body


def test_the_sign_in_code_pages_use_our_words(client, db):
    UserFactory(email="jay@example.org")
    response = client.post("/accounts/login/code/", {"email": "jay@example.org"}, follow=True)
    assert "Type your sign-in code" in response.content.decode()
    assert_our_words(response)
    assert len(mail.outbox) == 1
    response = client.post("/accounts/login/code/confirm/", {"code": "WRONG"}, follow=True)
    assert "That code is not right." in response.content.decode()
    assert_our_words(response)


def test_signing_in_says_so_in_our_words(client, db):
    UserFactory(email="jay@example.org", display_name="Jay")
    response = client.post(
        "/accounts/login/",
        {"login": "jay@example.org", "password": "a-good-long-password"},
        follow=True,
    )
    assert "You are signed in as" in response.content.decode()
    assert_our_words(response)
