"""/me/data/ and /me/data.json: everything about me, nothing about anyone else."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone

from participants.models import Invitation, NetworkAsk, Notification
from projects.roles import Role
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.participants.people import (
    another_young_person,
    consent_for,
    invitee_of_local_lead,
    needs_for,
)

PAGE = "/me/data/"
FILE = "/me/data.json"


@pytest.fixture
def jays_data(cast):
    """Jay's own data, and Robyn's and Kirsty's alongside it in the same project."""
    jay = cast.participants["young_person"]
    jay.user.age_band = "16_17"
    jay.user.save()
    EmailAddress.objects.create(user=jay.user, email=jay.user.email, verified=True, primary=True)
    needs_for(jay, childcare=True, phone="07700 900123", in_my_own_words="Bedtime is seven")
    consent_for(jay, "photos", "inside", under_18=True)
    Invitation.objects.create(
        project=cast.project,
        role=Role.YOUNG_PERSON,
        invited_by=cast.local_lead,
        code="JAY-CODE-1",
        accepted_by=jay.user,
        accepted_at=timezone.now(),
    )
    Notification.objects.create(user=jay.user, subject="Session on Tuesday", body="See you there")

    robyn = another_young_person(cast)
    needs_for(robyn, dietary="Robyn's shellfish allergy", phone="07700 900999")
    consent_for(robyn, "photos", "public")
    Notification.objects.create(user=robyn.user, subject="Robyn's reminder", body="Private")
    Invitation.objects.create(
        project=cast.project, role=Role.YOUNG_PERSON, code="ROBYN-CODE", accepted_by=robyn.user
    )
    needs_for(invitee_of_local_lead(cast), in_my_own_words="Kirsty's own words")
    return jay


SOMEONE_ELSES = [
    "Robyn",
    "robyn@example.org",
    "shellfish",
    "07700 900999",
    "ROBYN-CODE",
    "Kirsty",
    "Local lead",
    "local_lead@example.org",
    "Project lead",
]


def test_the_file_has_everything_about_me(cast, client_as, jays_data):
    response = client_as("young_person").get(FILE)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="codesign-my-data-')
    data = json.loads(response.content)
    assert data["account"]["email"] == "young_person@example.org"
    assert data["account"]["age_band"] == "16 or 17"
    assert data["account"]["email_addresses"][0]["verified"] is True
    (place,) = data["projects"]
    assert place["project"] == "Support for care leavers"
    assert place["role"] == "Young person"
    assert place["support_needs"]["childcare"] is True
    assert place["support_needs"]["phone"] == "07700 900123"
    (consent,) = place["consents"]
    assert consent["answer"] == "Inside the project only"
    assert consent["given_under_18"] is True
    assert "Can photos of you be used?" in consent["words_shown"]
    assert data["invitations_accepted"][0]["code"] == "JAY-CODE-1"
    assert data["notifications"][0]["subject"] == "Session on Tuesday"


def test_the_file_has_nothing_about_anyone_else(cast, client_as, jays_data):
    text = client_as("young_person").get(FILE).content.decode()
    for other in SOMEONE_ELSES:
        assert other not in text, other


def test_the_page_shows_the_same_in_plain_words(cast, client_as, jays_data):
    response = client_as("young_person").get(PAGE)
    assert response.status_code == 200
    body = response.content.decode()
    for mine in ("young_person@example.org", "07700 900123", "Bedtime is seven", "JAY-CODE-1"):
        assert mine in body
    assert "Session on Tuesday" in body and "Can photos of you be used?" in body
    for other in SOMEONE_ELSES:
        assert other not in body.split('<main id="main"', 1)[1], other


def test_someone_with_nothing_yet_gets_an_almost_empty_file(cast, client_as):
    data = json.loads(client_as("outsider").get(FILE).content)
    assert data["projects"] == [] and data["notifications"] == []
    assert data["account"]["name"] == "Outsider"


@pytest.mark.parametrize("url", [PAGE, FILE])
def test_it_is_never_cached(cast, client_as, url):
    assert "no-store" in client_as("young_person").get(url)["Cache-Control"]


@pytest.mark.parametrize("url", [PAGE, FILE])
def test_query_budget_holds_at_3_and_50_projects(cast, client_as, url):
    client = client_as("young_person")

    def grow(n):
        while cast.young_person.participations.count() < n:
            place = ParticipantFactory(user=cast.young_person)
            needs_for(place, travel=True)
            consent_for(place, "photos", "public")
            Notification.objects.create(user=cast.young_person, subject="Hello", body="Hi")
            NetworkAsk.objects.create(user=cast.young_person, project=place.project)

    # One query for each app that holds more about a person (participants/registries/),
    # one for sign-in cards, one for reflections, one for payment claims, and one each for ideas,
    # comments, test answers, evaluation sheets and pitch scores, and one each for training
    # finished and confidence ratings, and two for the answer about future work and the times
    # the person was asked from a lead's network, one for the organisations they work for, and
    # one each for what they did offline and sent later, their safety information for sessions
    # and their "How was today?" answers, one for the Open Badges they were given, and two for
    # their applications for places on a working group and the terms they served.
    assert_query_budget(fetch=lambda: client.get(url), grow=grow, budget=31)
