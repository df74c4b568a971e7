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
