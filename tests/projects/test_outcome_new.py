"""Recording an outcome: leads and facilitators, with "you said, we did" and its decisions."""

import pytest

from projects.models import AuditEntry, Outcome
from tests.factories import ProjectFactory
from tests.projects.stage_data import add_decision

VALID = {
    "title": "  Friends'   pack in residential care ",
    "kind": "resource_adopted",
    "you_said": "Leaving care is lonely.",
    "we_did": "We made a friends' pack.",
}


def url(project):
    return f"/projects/{project.slug}/outcomes/new/"


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_record_an_outcome(cast, client_as, who):
    decision = add_decision(cast.project)
    response = client_as(who).post(url(cast.project), VALID | {"decisions": [decision.pk]})
    outcome = Outcome.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{cast.project.slug}/outcomes/{outcome.pk}/"
    assert outcome.title == "Friends' pack in residential care"
    assert outcome.status == Outcome.Status.PROPOSED
    assert outcome.recorded_by == cast.users[who]
    assert list(outcome.decisions.all()) == [decision]
    assert AuditEntry.objects.filter(action="outcome_create").count() == 1


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_cannot(cast, client_as, who):
    assert client_as(who).get(url(cast.project)).status_code == 403
    assert client_as(who).post(url(cast.project), VALID).status_code == 403
    assert not Outcome.objects.exists()


def test_missing_answers_are_explained_and_nothing_is_saved(cast, client_as):
    response = client_as("lead").post(url(cast.project), {"evidence": "Keep this"})
    body = response.content.decode()
    assert response.status_code == 200
    for message in (
        "Give the outcome a short title.",
        "Choose what kind of outcome it is.",
        "Say what people said that led to this.",
        "Say what was done about it.",
    ):
        assert message in body
    assert "There is a problem" in body and "Keep this" in body
    assert not Outcome.objects.exists()


def test_a_decision_from_another_project_is_refused(cast, client_as):
    elsewhere = add_decision(ProjectFactory())
    response = client_as("lead").post(url(cast.project), VALID | {"decisions": [elsewhere.pk]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Outcome.objects.exists()


def test_a_kind_outside_the_list_is_refused(cast, client_as):
    response = client_as("lead").post(url(cast.project), VALID | {"kind": "magic"})
    assert "Select a valid choice" in response.content.decode()
    assert not Outcome.objects.exists()


def test_anonymous_and_outsiders(cast, client, client_as):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(cast.project)).status_code == 404


def test_it_rejects_put(cast, client_as):
    assert client_as("lead").put(url(cast.project)).status_code == 405
