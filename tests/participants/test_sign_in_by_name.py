"""Signing in with a sign-in name or an email address, with the same limits on wrong passwords."""

import pytest
from django.core.cache import cache

from tests.factories import UserFactory

LOGIN = "/accounts/login/"


@pytest.fixture
def jay(db):
    return UserFactory(email=None, username="jay482", display_name="Jay")


@pytest.fixture
def sam(db):
    return UserFactory(email="sam@example.org", username="sam555", display_name="Sam")


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


def _signed_in_as(client):
    from django.contrib.auth import get_user
    from django.http import HttpRequest

    request = HttpRequest()
    request.session = client.session
    return get_user(request)


def test_the_sign_in_box_asks_for_an_email_address_or_sign_in_name(client, db):
    body = client.get(LOGIN).content.decode()
    assert "Email address or sign-in name" in body
    assert "use the code on your new card" in body


@pytest.mark.parametrize("typed", ["jay482", "JAY482", " Jay482 "])
def test_someone_without_email_signs_in_with_their_name_in_any_case(client, jay, typed):
    response = client.post(LOGIN, {"login": typed, "password": "a-good-long-password"})
    assert response.status_code == 302
    assert _signed_in_as(client) == jay


@pytest.mark.parametrize("typed", ["sam@example.org", "sam555"])
def test_someone_with_email_signs_in_with_either(client, sam, typed):
    client.post(LOGIN, {"login": typed, "password": "a-good-long-password"})
    assert _signed_in_as(client) == sam


def test_a_wrong_password_for_a_name_does_not_sign_in(client, jay):
    response = client.post(LOGIN, {"login": "jay482", "password": "wrong"})
    assert response.status_code == 200
    assert not _signed_in_as(client).is_authenticated


def test_wrong_passwords_for_a_sign_in_name_are_limited_like_for_email(client, jay, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip,3/5m/key"}
    for _ in range(3):
        client.post(LOGIN, {"login": "jay482", "password": "wrong"})
    response = client.post(LOGIN, {"login": "jay482", "password": "a-good-long-password"})
    assert not _signed_in_as(client).is_authenticated
    assert "too many" in " ".join(response.context["form"].non_field_errors()).lower()
