from pathlib import Path

import pytest
from django.utils import timezone

from tests.factories import InvitationFactory, ProjectFactory


def url(invitation, slug="care-leavers"):
    return f"/projects/{slug}/people/invitations/{invitation.pk}/card/"


@pytest.fixture
def card(cast):
    return InvitationFactory(
        project=cast.project, invited_by=cast.local_lead, name="Kirsty", code="KXPT7HWQ"
    )


def test_the_card_shows_the_project_the_code_the_address_and_what_happens_next(
    cast, client_as, card, settings
):
    settings.SITE_URL = "https://codesign.example.org"
    response = client_as("local_lead").get(url(card))
    assert response.status_code == 200
    body = response.content.decode()
    assert "You are invited to take part in Support for care leavers" in body
    assert "KXPT-7HWQ" in body
    assert "https://codesign.example.org/join/" in body
    assert "https://codesign.example.org/join/KXPT-7HWQ/" in body
    assert "For Kirsty" in body
    assert "as a young person" in body
    assert "It is fine to say no" in body
    assert "css/invitation-card.css" in body


def test_the_card_has_a_print_stylesheet(cast, client_as, card):
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/invitation-card.css")).read_text()
    assert "@media print" in css and ".site-header" in css


def test_a_card_for_a_used_invitation_says_the_code_no_longer_works(cast, client_as, card):
    card.accepted_at = timezone.now()
    card.accepted_by = cast.young_person
    card.save()
    body = client_as("lead").get(url(card)).content.decode()
    assert "This invitation has been used by Young person." in body
    assert "Its code no longer works." in body


def test_a_lead_sees_any_card(cast, client_as, card):
    assert client_as("lead").get(url(card)).status_code == 200


def test_a_local_lead_cannot_see_another_person_s_card(cast, client_as):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.lead)
    assert client_as("local_lead").get(url(invitation)).status_code == 403


@pytest.mark.parametrize("who", ["facilitator", "young_person", "staff", "manager"])
def test_other_members_cannot_see_cards(cast, client_as, card, who):
    assert client_as(who).get(url(card)).status_code == 403


def test_a_card_from_another_project_is_not_found_here(cast, client_as):
    other = InvitationFactory(project=ProjectFactory(), invited_by=cast.lead)
    assert client_as("lead").get(url(other)).status_code == 404


def test_the_qr_code_opens_the_join_page_at_the_site_address(cast, client_as, card, settings):
    from codesign.qr import qr_svg

    settings.SITE_URL = "https://codesign.example.org"
    body = client_as("local_lead").get(url(card)).content.decode()
    expected = qr_svg("https://codesign.example.org/join/KXPT-7HWQ/", label="x")
    drawn = expected.split("<path", 1)[1]
    assert drawn in body  # the same squares: the QR code holds exactly this link
    assert qr_svg("http://127.0.0.1:8000/join/KXPT-7HWQ/", label="x").split("<path", 1)[1] not in (
        body
    )


def test_the_qr_code_needs_no_inline_style_or_script(cast, client_as, card):
    body = client_as("local_lead").get(url(card)).content.decode()
    svg = body[body.index("<svg") : body.index("</svg>")]
    assert "style" not in svg and "<script" not in svg
    assert 'role="img"' in svg and "aria-label=" in svg


def test_the_card_no_longer_asks_for_email_and_names_a_phone_to_ask(cast, client_as, cast_card):
    body = client_as("local_lead").get(url(cast_card)).content.decode()
    assert "You do not need an email address" in body
    assert "an email address and a password" not in body
    assert "Ask Local lead" in body and "01546 605522" in body


@pytest.fixture
def cast_card(cast):
    return InvitationFactory(
        project=cast.project,
        invited_by=cast.local_lead,
        code="KXPT7HWR",
        contact_phone="+441546605522",
    )


def test_the_invite_form_offers_the_phone_number_printed_last_time(cast, client_as, cast_card):
    response = client_as("local_lead").get("/projects/care-leavers/people/invite/")
    assert str(response.context["form"].initial["contact_phone"]) == "+441546605522"


def test_a_phone_number_that_is_not_one_is_explained_and_nothing_is_made(cast, client_as):
    from participants.models import Invitation

    response = client_as("lead").post(
        "/projects/care-leavers/people/invite/",
        {"how": "code", "role": "young_person", "days": 30, "contact_phone": "12"},
    )
    assert "Type a UK phone number" in response.context["form"].errors["contact_phone"][0]
    assert not Invitation.objects.exists()
