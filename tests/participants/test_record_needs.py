"""/projects/<slug>/needs/<id>/: the team types in needs for someone taking part offline."""

import pytest

from participants.models import SupportNeeds
from tests.conftest import MEMBER_ROLES
from tests.factories import ParticipantFactory
from tests.participants.people import another_young_person, offline_person


def url(participant):
    return f"/projects/care-leavers/needs/{participant.pk}/"


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_type_in_needs_for_someone_offline(cast, client_as, who):
    shona = offline_person(cast)
    client = client_as(who)
    page = client.get(url(shona))
    assert page.status_code == 200
    assert "What helps Shona take part" in page.content.decode()
    response = client.post(url(shona), {"travel": "on", "availability": ["weekends"]}, follow=True)
    assert response.redirect_chain[-1][0] == "/projects/care-leavers/needs/"
    needs = SupportNeeds.objects.get(participant=shona)
    assert needs.travel and needs.availability == ["weekends"]
    assert "Saved what helps Shona take part." in response.content.decode()


def test_a_local_lead_types_in_needs_for_someone_they_invited(cast, client_as):
    shona = offline_person(cast, invited_by=cast.local_lead)
    assert client_as("local_lead").post(url(shona), {"childcare": "on"}).status_code == 302
    assert SupportNeeds.objects.get(participant=shona).childcare


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_get_403(cast, client_as, who):
    shona = offline_person(cast)
    client = client_as(who)
    assert client.get(url(shona)).status_code == 403
    assert client.post(url(shona), {"childcare": "on"}).status_code == 403
    assert not SupportNeeds.objects.exists()


@pytest.mark.parametrize("who", ["lead", "facilitator", "local_lead"])
def test_no_one_types_in_needs_for_someone_with_an_account(cast, client_as, who):
    robyn = another_young_person(cast)
    assert client_as(who).post(url(robyn), {"childcare": "on"}).status_code == 403
    assert not SupportNeeds.objects.exists()


def test_someone_in_another_project_is_404(cast, client_as):
    stranger = ParticipantFactory(user=None)
    assert client_as("lead").get(url(stranger)).status_code == 404


def test_bad_input_shows_the_form_again_and_saves_nothing(cast, client_as):
    shona = offline_person(cast)
    response = client_as("lead").post(url(shona), {"preferred_contact": "phone"})
    assert response.status_code == 200
    assert "Add a phone number" in response.content.decode()
    assert not SupportNeeds.objects.exists()


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_their_own_record_sends_people_to_their_own_page(cast, client_as, who):
    response = client_as(who).post(url(cast.participants[who]), {"travel": "on"})
    assert response["Location"] == "/projects/care-leavers/my-needs/"
    assert not SupportNeeds.objects.exists()
