"""Changing a decision in the log: leads and facilitators."""

import pytest

from projects.models import Decision
from tests.factories import ProjectFactory
from tests.projects.stage_data import add_decision


def url(decision):
    return f"/projects/{decision.project.slug}/decisions/{decision.pk}/edit/"


def data(decision, **changes):
    return {
        "what": decision.what,
        "proposed_by": decision.proposed_by,
        "decided_by": decision.decided_by,
        "young_people_voted": "on" if decision.young_people_voted else "",
        "decided_on": decision.decided_on.isoformat(),
        "result": decision.result,
    } | changes


@pytest.fixture
def decision(cast):
    return add_decision(cast.project, "Meet in the evening", recorded_by=cast.lead)


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_add_what_happened(cast, client_as, decision, who):
    client = client_as(who)
    assert "Meet in the evening" in client.get(url(decision)).content.decode()
    response = client.post(url(decision), data(decision, result="Attendance doubled."))
    assert response.status_code == 302
    decision.refresh_from_db()
    assert decision.result == "Attendance doubled."
    assert decision.recorded_by == cast.lead


def test_bad_input_is_explained_and_nothing_changes(cast, client_as, decision):
    response = client_as("lead").post(url(decision), data(decision, what="", result="New"))
    assert "Say what was decided." in response.content.decode()
    decision.refresh_from_db()
    assert (decision.what, decision.result) == ("Meet in the evening", "")


def test_a_decision_from_another_project_is_404(cast, client_as):
    elsewhere = add_decision(ProjectFactory(), "Someone else's")
    path = f"/projects/{cast.project.slug}/decisions/{elsewhere.pk}/edit/"
    assert client_as("lead").get(path).status_code == 404


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_may_not_change_decisions(cast, client_as, decision, who):
    client = client_as(who)
    assert client.get(url(decision)).status_code == 403
    assert client.post(url(decision), data(decision, what="Changed")).status_code == 403
    assert Decision.objects.get().what == "Meet in the evening"


def test_visitors_are_sent_to_sign_in(cast, client, decision):
    assert client.post(url(decision), data(decision, what="Changed")).status_code == 302
    assert Decision.objects.get().what == "Meet in the evening"


def test_it_rejects_delete(cast, client_as, decision):
    assert client_as("lead").delete(url(decision)).status_code == 405
    assert Decision.objects.exists()
