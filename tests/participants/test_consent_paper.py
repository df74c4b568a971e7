"""/projects/<slug>/consent/paper/<id>/ and the printable form: consent given on paper."""

import pytest

from participants import consent_texts
from participants.models import Consent
from tests.factories import ParticipantFactory
from tests.participants.people import ALL_YES, another_young_person, offline_person

PRINT_URL = "/projects/care-leavers/consent/paper-form/"


def url(participant):
    return f"/projects/care-leavers/consent/paper/{participant.pk}/"


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_the_team_types_in_a_paper_form(cast, client_as, who):
    shona = offline_person(cast)
    client = client_as(who)
    assert client.get(url(shona)).status_code == 200
    response = client.post(
        url(shona), ALL_YES | {"photos": "no", "under_18": "on", "have_paper_form": "on"}
    )
    assert response["Location"] == "/projects/care-leavers/needs/"
    rows = Consent.objects.filter(participant=shona)
    assert {c.purpose: c.level for c in rows} == {"data": "yes", "photos": "no", "contact": "yes"}
    assert all(c.recorded_by == cast.users[who] and c.given_under_18 for c in rows)
    assert rows.get(purpose="data").text_shown == consent_texts.text_shown("data")


def test_a_local_lead_types_in_the_form_of_someone_they_invited(cast, client_as):
    shona = offline_person(cast, invited_by=cast.local_lead)
    client_as("local_lead").post(url(shona), ALL_YES | {"have_paper_form": "on"})
    assert Consent.objects.filter(participant=shona, given_under_18=False).count() == 3


def test_it_needs_the_paper_form(cast, client_as):
    shona = offline_person(cast)
    response = client_as("lead").post(url(shona), ALL_YES)
    assert "Tick the box to say you have their paper form." in response.content.decode()
    assert not Consent.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_get_403(cast, client_as, who):
    shona = offline_person(cast)
    response = client_as(who).post(url(shona), ALL_YES | {"have_paper_form": "on"})
    assert response.status_code == 403
    assert not Consent.objects.exists()


def test_no_one_answers_for_someone_with_an_account(cast, client_as):
    robyn = another_young_person(cast)
    response = client_as("lead").post(url(robyn), ALL_YES | {"have_paper_form": "on"})
    assert response.status_code == 403
    assert not Consent.objects.exists()


def test_someone_in_another_project_is_404(cast, client_as):
    assert client_as("lead").get(url(ParticipantFactory(user=None))).status_code == 404


def test_outsiders_get_404_and_visitors_sign_in(cast, client_as, client):
    shona = offline_person(cast)
    assert client.get(url(shona)).status_code == 302
    assert client_as("outsider").get(url(shona)).status_code == 404


@pytest.mark.parametrize("who", ["lead", "facilitator", "local_lead"])
def test_the_printable_form_has_the_same_words_as_the_screen(cast, client_as, who):
    body = client_as(who).get(PRINT_URL).content.decode()
    for q in consent_texts.questions():
        assert q.question in body
        for paragraph in q.explanation:
            assert paragraph.replace("'", "&#x27;") in body
        for _level, label in q.choices:
            assert label in body
    assert "Consent wording version 1" in body


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_the_printable_form_is_for_the_team(cast, client_as, who):
    assert client_as(who).get(PRINT_URL).status_code == 403


def test_the_printable_form_is_hidden_from_outsiders(cast, client_as, client):
    assert client.get(PRINT_URL).status_code == 302
    assert client_as("outsider").get(PRINT_URL).status_code == 404
    assert client_as("lead").post(PRINT_URL).status_code in (403, 405)
