"""Recording a decision: leads and facilitators."""

from datetime import timedelta

import pytest
from django.utils import timezone

from projects.models import Decision

VALID = {
    "what": "  Hold sessions in   the evening  ",
    "proposed_by": "young_people",
    "decided_by": "everyone",
    "young_people_voted": "on",
    "decided_on": "2026-03-14",
    "result": "More young people came.",
}


def url(project):
    return f"/projects/{project.slug}/decisions/new/"


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_record_a_decision(cast, client_as, who):
    response = client_as(who).post(url(cast.project), VALID)
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{cast.project.slug}/decisions/"
    decision = Decision.objects.get()
    assert decision.project == cast.project
    assert decision.what == "Hold sessions in the evening"
    assert decision.young_people_voted
    assert decision.recorded_by == cast.users[who]
    assert str(decision.decided_on) == "2026-03-14"


def test_the_form_offers_today_and_plain_choices(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Who suggested it" in body and "Choose one" in body
    assert timezone.localdate().isoformat() in body
    assert "---------" not in body


def test_missing_answers_are_explained_and_nothing_is_saved(cast, client_as):
    response = client_as("lead").post(url(cast.project), {"result": "Keep this"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "Say what was decided." in body
    assert "Choose who suggested it." in body
    assert "Choose who made the decision." in body
    assert "Give the date it was decided." in body
    assert "Keep this" in body
    assert not Decision.objects.exists()


def test_a_date_in_the_future_is_refused(cast, client_as):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = client_as("lead").post(url(cast.project), VALID | {"decided_on": tomorrow})
    assert "cannot be in the future" in response.content.decode()
    assert not Decision.objects.exists()


def test_a_made_up_group_is_refused(cast, client_as):
    response = client_as("lead").post(url(cast.project), VALID | {"decided_by": "the_boss"})
    assert response.status_code == 200
    assert not Decision.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_may_not_record_decisions(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), VALID).status_code == 403
    assert not Decision.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(url(cast.project), VALID).status_code == 404
    assert not Decision.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(url(cast.project), VALID)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not Decision.objects.exists()
