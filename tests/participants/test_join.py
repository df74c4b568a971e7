"""The page where someone types the code from their card."""

import pytest
from django.utils import timezone

from participants.identity.wrong_codes import LIMIT as WRONG_CODE_LIMIT
from tests.factories import InvitationFactory


@pytest.fixture
def invitation(cast):
    return InvitationFactory(project=cast.project, invited_by=cast.local_lead, code="KXPT7HWQ")


def test_anyone_can_open_it(client, db):
    response = client.get("/join/")
    assert response.status_code == 200
    assert "Your code" in response.content.decode()


@pytest.mark.parametrize("typed", ["KXPT-7HWQ", "kxpt7hwq", " kxpt 7hwq ", "Kxpt–7Hwq"])
def test_a_code_is_found_in_any_case_with_or_without_dash_or_spaces(client, invitation, typed):
    response = client.post("/join/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == "/join/KXPT-7HWQ/"


def test_expired_and_cancelled_codes_go_to_the_page_that_explains(client, invitation):
    invitation.expires_at = timezone.now() - timezone.timedelta(days=1)
    invitation.save()
    response = client.post("/join/", {"code": "KXPT7HWQ"}, follow=True)
    assert "This invitation has run out" in response.content.decode()


def test_an_unknown_code_is_explained_and_kept_in_the_box(client, invitation):
    response = client.post("/join/", {"code": "KXPT-7HWA"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "We could not find an invitation with that code." in body
    assert 'value="KXPT-7HWA"' in body


def test_a_character_no_code_uses_is_named(client, db):
    response = client.post("/join/", {"code": "KXP0-7HWQ"})
    body = response.content.decode()
    assert "Codes never use “0”." in body


def test_a_short_code_is_explained(client, db):
    response = client.post("/join/", {"code": "KXPT-7HW"})
    assert "That code has 7 letters and numbers, but codes have 8" in response.content.decode()


def test_an_empty_code_is_explained(client, db):
    response = client.post("/join/", {"code": "  - "})
    assert "Type the code from your invitation." in response.content.decode()


def test_after_many_wrong_codes_the_address_has_to_wait(client, invitation):
    for n in range(WRONG_CODE_LIMIT):
        client.post("/join/", {"code": f"AAAA-AA{'ACDEFGHJKMNPQRTUVWXY34679'[n]}A"})
    response = client.post("/join/", {"code": "KXPT-7HWQ"})
    assert response.status_code == 429
    assert "Too many codes tried" in response.content.decode()
    assert client.get("/join/KXPT-7HWQ/").status_code == 429


def test_typing_mistakes_in_the_format_do_not_count_as_guesses(client, invitation):
    for _ in range(WRONG_CODE_LIMIT + 5):
        client.post("/join/", {"code": "0000"})
    assert client.post("/join/", {"code": "KXPT-7HWQ"}).status_code == 302
