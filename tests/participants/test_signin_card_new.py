"""A lead, or the local lead who invited someone, gives them a fresh sign-in card."""

import re

import pytest
from django.contrib.auth import SESSION_KEY

from participants.models import SignInCode
from projects.models import AuditEntry
from tests.factories import ParticipantFactory, UserFactory


@pytest.fixture
def jay(cast):
    user = UserFactory(email=None, username="jay482", display_name="Jay")
    return ParticipantFactory(project=cast.project, user=user, invited_by=cast.local_lead)


def url(cast, person):
    return f"/projects/{cast.project.slug}/people/{person.pk}/sign-in-card/"


def _code_on(response):
    return re.search(r'class="invitation-code">([A-Z0-9-]+)<', response.content.decode()).group(1)


def test_the_page_explains_what_a_new_card_does_and_changes_nothing(client_as, cast, jay):
    response = client_as("lead").get(url(cast, jay))
    assert response.status_code == 200
    assert "password stops working at once" in response.content.decode()
    assert not SignInCode.objects.exists()


@pytest.mark.parametrize("who", ["lead", "local_lead"])
def test_a_lead_or_the_inviter_makes_a_card_shown_once(client_as, cast, jay, who):
    response = client_as(who).post(url(cast, jay))
    assert response.status_code == 200
    body = response.content.decode()
    code = _code_on(response)
    assert len(code) == 14 and "jay482" in body
    assert "http://testserver" not in body and "/sign-in/card/" in body
    card = SignInCode.objects.get(user=jay.user)
    assert code.replace("-", "") not in card.code_hash  # only a hash is kept
    assert card.issued_by == cast.users[who]


def test_the_address_on_the_card_is_the_site_setting(client_as, cast, jay, settings):
    settings.SITE_URL = "https://codesign.example.org"
    body = client_as("lead").post(url(cast, jay)).content.decode()
    assert "https://codesign.example.org/sign-in/card/" in body


def test_the_qr_code_on_the_card_opens_the_page_for_its_code(client_as, cast, jay, settings):
    from codesign.qr import qr_svg

    settings.SITE_URL = "https://codesign.example.org"
    body = client_as("lead").post(url(cast, jay)).content.decode()
    squares = qr_svg("https://codesign.example.org/sign-in/card/", label="x").split("<path", 1)[1]
    assert squares in body
    assert body.count("<svg") == 1 and "QR code that opens the page for the code" in body


def test_a_new_card_ends_the_password_every_session_and_the_old_card(client_as, cast, jay, client):
    from django.test import Client

    theirs = Client()
    theirs.force_login(jay.user)
    assert theirs.get("/me/").status_code == 200
    client_as("lead").post(url(cast, jay))
    first = SignInCode.objects.get()
    client.post(url(cast, jay))
    jay.user.refresh_from_db()
    assert not jay.user.has_usable_password()
    first.refresh_from_db()
    assert first.cancelled_at is not None
    assert SignInCode.objects.usable().count() == 1
    response = theirs.get("/me/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert SESSION_KEY not in theirs.session


def test_every_card_is_in_the_audit_trail(client_as, cast, jay):
    client_as("local_lead").post(url(cast, jay))
    entry = AuditEntry.objects.get(action="sign_in_code_issue")
    assert (entry.actor, entry.project, entry.target_id) == (
        cast.local_lead,
        cast.project,
        str(jay.pk),
    )


def test_a_local_lead_cannot_reset_someone_they_did_not_invite(client_as, cast):
    other = ParticipantFactory(project=cast.project, invited_by=cast.lead)
    response = client_as("local_lead").post(url(cast, other))
    assert response.status_code == 403
    other.user.refresh_from_db()
    assert other.user.has_usable_password() and not SignInCode.objects.exists()


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff", "manager"])
def test_other_roles_cannot(client_as, cast, jay, who):
    assert client_as(who).post(url(cast, jay)).status_code == 403
    assert not SignInCode.objects.exists()


def test_outsiders_get_page_not_found(client_as, cast, jay):
    assert client_as("outsider").post(url(cast, jay)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, cast, jay):
    response = client.post(url(cast, jay))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_it_rejects_other_methods(client_as, cast, jay):
    assert client_as("lead").put(url(cast, jay)).status_code == 405


def test_someone_offline_has_no_account_to_reset(client_as, cast):
    offline = ParticipantFactory(project=cast.project, user=None, display_name="Offline")
    assert client_as("lead").post(url(cast, offline)).status_code == 404


def test_the_fresh_card_carries_the_check_in_code(client_as, cast, jay):
    body = client_as("lead").post(url(cast, jay)).content.decode()
    assert jay.grouped_card_code in body


def test_the_card_says_the_day_its_code_runs_out(client_as, cast, jay):
    from django.utils import timezone
    from django.utils.formats import date_format

    body = client_as("lead").post(url(cast, jay)).content.decode()
    card = SignInCode.objects.get()
    assert f"until {date_format(timezone.localtime(card.expires_at), 'j F Y')}" in body
    assert "7 days from today" not in body


def test_someone_who_signs_in_by_email_sees_no_empty_sign_in_name(client, db):
    user = UserFactory(email="fiona@example.org", username="")
    client.force_login(user)
    body = client.get("/me/sign-in-card/").content.decode()
    assert "Your sign-in name" not in body and "fiona@example.org" in body
