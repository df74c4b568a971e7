import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from participants.models import User


def test_sign_up_creates_an_account_with_a_name_and_sends_a_verification_email(client, db):
    response = client.post(
        "/accounts/signup/",
        {
            "display_name": "Jay",
            "email": "Jay@Example.org",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="jay@example.org")
    assert user.display_name == "Jay"
    assert not EmailAddress.objects.get(user=user).verified
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    # The account is finished from the emailed link, which signs the person in.
    assert client.get("/projects/").status_code == 302
    link = re.search(r"http\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    response = client.post(link.split("testserver", 1)[1])
    assert response.status_code == 302
    assert client.get("/projects/").status_code == 200


def test_sign_up_with_bad_input_explains_and_saves_nothing(client, db):
    response = client.post(
        "/accounts/signup/",
        {"display_name": "", "email": "not-an-email", "password1": "short", "password2": "other"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Enter an email address like name@example.com." in body
    assert 'aria-invalid="true"' in body or "is-invalid" in body
    assert User.objects.count() == 0


def test_email_confirmation_link_verifies_the_address(client, db):
    client.post(
        "/accounts/signup/",
        {
            "display_name": "Ellie",
            "email": "ellie@example.org",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
        },
    )
    link = re.search(r"http\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    client.post(path)
    assert EmailAddress.objects.get(email="ellie@example.org").verified


@pytest.fixture
def person(db):
    user = User.objects.create_user("morag@example.org", "a-long-enough-passphrase")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_login_by_emailed_code(client, person):
    response = client.post("/accounts/login/code/", {"email": "morag@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.MULTILINE).group(1)
    response = client.post(response["Location"], {"code": code})
    assert response.status_code == 302
    assert client.get("/projects/").status_code == 200


def test_a_wrong_code_does_not_sign_in(client, person):
    response = client.post("/accounts/login/code/", {"email": "morag@example.org"})
    response = client.post(response["Location"], {"code": "WRONG1"})
    assert response.status_code == 200
    assert client.get("/projects/").status_code == 302


def test_login_with_password(client, person):
    response = client.post(
        "/accounts/login/", {"login": "morag@example.org", "password": "a-long-enough-passphrase"}
    )
    assert response.status_code == 302
    assert client.get("/projects/").status_code == 200


def test_password_reset_sends_an_email(client, person):
    client.post("/accounts/password/reset/", {"email": "morag@example.org"})
    assert len(mail.outbox) == 1
    assert "password" in mail.outbox[0].subject.lower()


def test_rate_limits_are_on(settings):
    assert settings.ACCOUNT_RATE_LIMITS_ENABLED is True


def test_account_pages_use_our_layout(client, db):
    html = client.get("/accounts/login/").content.decode()
    assert "Skip to main content" in html
    assert "btn btn-primary" in html


def test_logout_only_by_post(client, person):
    client.force_login(person)
    response = client.get("/accounts/logout/")  # asks to confirm; a link cannot sign anyone out
    assert response.status_code == 200
    assert client.get("/projects/").status_code == 200
    client.post("/accounts/logout/")
    assert client.get("/projects/").status_code == 302
