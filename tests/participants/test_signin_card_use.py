"""Using the code on a fresh sign-in card to choose a new password."""

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.utils import timezone

from participants.identity import wrong_codes
from participants.models import SignInCode
from participants.services.sign_in_cards import sign_in_code_issue
from tests.factories import ParticipantFactory, UserFactory

URL = "/sign-in/card/"
NEW = {"password1": "a fresh long passphrase", "password2": "a fresh long passphrase"}


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def jay(cast):
    user = UserFactory(email=None, username="jay482", display_name="Jay")
    return ParticipantFactory(project=cast.project, user=user, invited_by=cast.local_lead)


@pytest.fixture
def code(cast, jay):
    return sign_in_code_issue(participant=jay, by=cast.local_lead)


def test_the_code_sets_a_new_password_and_signs_in(client, jay, code):
    response = client.post(URL, {"code": code.lower(), **NEW}, follow=True)
    assert client.session[SESSION_KEY] == str(jay.user.pk)
    assert "Your sign-in name is jay482" in response.content.decode()
    jay.user.refresh_from_db()
    assert jay.user.check_password("a fresh long passphrase")
    assert SignInCode.objects.get().used_at is not None


def test_a_code_works_once(client, jay, code):
    client.post(URL, {"code": code, **NEW})
    client.logout()
    response = client.post(
        URL, {"code": code, "password1": "another pw 12345", "password2": "another pw 12345"}
    )
    assert "used already" in response.context["form"].errors["code"][0]
    jay.user.refresh_from_db()
    assert jay.user.check_password("a fresh long passphrase")


def test_an_expired_code_is_refused(client, jay, code):
    SignInCode.objects.update(expires_at=timezone.now())
    response = client.post(URL, {"code": code, **NEW})
    assert "run out" in response.context["form"].errors["code"][0]
    jay.user.refresh_from_db()
    assert not jay.user.has_usable_password()


def test_a_replaced_code_is_refused(client, cast, jay, code):
    sign_in_code_issue(participant=jay, by=cast.lead)
    response = client.post(URL, {"code": code, **NEW})
    assert "newer card" in response.context["form"].errors["code"][0]


def test_an_unknown_code_is_refused_and_counted(client, code):
    response = client.post(URL, {"code": "ACDE-FGHJ-KMNP", **NEW})
    assert "could not find" in response.context["form"].errors["code"][0]
    assert cache.get("sign-in-card:wrong-codes:127.0.0.1") == 1


def test_wrong_codes_are_limited_like_join_codes(client, jay, code):
    for _ in range(wrong_codes.LIMIT):
        client.post(URL, {"code": "ACDE-FGHJ-KMNP", **NEW})
    response = client.post(URL, {"code": code, **NEW})
    assert response.status_code == 429
    jay.user.refresh_from_db()
    assert not jay.user.has_usable_password()
    # Join codes keep their own count.
    assert client.get("/join/").status_code == 200


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"code": "", **NEW}, "code", "Type the code"),
        ({"code": "ACDE-FGHJ", **NEW}, "code", "12"),
        ({"code": "OOOO-FGHJ-KMNP", **NEW}, "code", "never use"),
        (
            {"password1": "a fresh long passphrase", "password2": "different"},
            "password2",
            "different",
        ),
        ({"password1": "12345678", "password2": "12345678"}, "password1", "too common"),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(client, jay, code, data, field, words):
    response = client.post(URL, {"code": code, **data})
    assert response.status_code == 200
    assert words in " ".join(response.context["form"].errors[field])
    assert SignInCode.objects.get().used_at is None
    assert SESSION_KEY not in client.session


def test_the_page_is_open_and_refuses_other_methods(client, db):
    assert client.get(URL).status_code == 200
    assert client.put(URL).status_code == 405


def test_someone_signing_in_another_way_is_told_about_a_card_given_to_them(client, cast):
    sam = UserFactory(email=None, username="sam123", display_name="Sam")
    place = ParticipantFactory(project=cast.project, user=sam, invited_by=cast.local_lead)
    sign_in_code_issue(participant=place, by=cast.local_lead)
    sam.email = "sam@example.org"
    sam.set_password("sam's new password 1")
    sam.save()  # e.g. an email address added since, and the password reset by email
    response = client.post(
        "/accounts/login/",
        {"login": "sam@example.org", "password": "sam's new password 1"},
        follow=True,
    )
    assert "Local lead gave you a new sign-in card" in response.content.decode()
    assert SignInCode.objects.get().told_at is not None
    client.logout()
    again = client.post(
        "/accounts/login/",
        {"login": "sam@example.org", "password": "sam's new password 1"},
        follow=True,
    )
    assert "gave you a new sign-in card" not in again.content.decode()


def test_a_closed_account_cannot_be_opened_again_with_a_card(client, jay, code):
    jay.user.is_active = False
    jay.user.save()
    response = client.post(URL, {"code": code, **NEW})
    assert "could not find" in response.context["form"].errors["code"][0]
    assert SESSION_KEY not in client.session


def test_a_wrong_code_is_counted_even_with_a_password_the_rules_refuse(client, jay, code):
    weak = {"password1": "jay", "password2": "jay"}
    for _ in range(wrong_codes.LIMIT):
        client.post(URL, {"code": "KXPT-7HWQ-3MFA", **weak})
    assert client.post(URL, {"code": code, **NEW}).status_code == 429


def test_a_wrong_code_is_counted_even_when_the_passwords_differ(client, jay, code):
    for _ in range(wrong_codes.LIMIT):
        client.post(URL, {"code": "KXPT-7HWQ-3MFA", "password1": "a", "password2": "b"})
    assert client.post(URL, {"code": code, **NEW}).status_code == 429


def test_a_password_like_the_owners_name_does_not_tell_a_live_code_from_a_dead_one(
    client, jay, code
):
    like_name = {"password1": "jay482jay", "password2": "jay482jay"}
    dead = client.post(URL, {"code": "KXPT-7HWQ-3MFA", **like_name}).context["form"].errors
    assert "password1" not in dead and "could not find" in dead["code"][0]
    live = client.post(URL, {"code": code, **like_name}).context["form"].errors
    assert "code" not in live and "password1" in live
    assert SignInCode.objects.get().used_at is None  # the refused password used nothing up
    jay.user.refresh_from_db()
    assert not jay.user.has_usable_password()
