"""Changing an outcome makes a new version for staff to review."""

import pytest

from projects.models import Outcome, OutcomeReview
from projects.services.outcomes import outcome_review
from tests.projects.outcome_data import STORY, add_outcome


def url(outcome):
    return f"/projects/{outcome.project.slug}/outcomes/{outcome.pk}/edit/"


def test_a_change_is_a_new_version_to_review(cast, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    outcome_review(outcome=outcome, by=cast.manager, verdict="changes", note="Add numbers.")
    form = client_as("facilitator").get(url(outcome)).content.decode()
    assert "Leaving care is lonely." in form
    response = client_as("facilitator").post(url(outcome), STORY | {"evidence": "12 packs."})
    assert response.status_code == 302
    outcome.refresh_from_db()
    assert outcome.evidence == "12 packs." and outcome.revision == 2
    # The manager's earlier review answered the old version: they can review again.
    outcome_review(outcome=outcome, by=cast.manager, verdict="agree")
    assert OutcomeReview.objects.count() == 2


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_cannot(cast, client_as, who):
    outcome = add_outcome(cast.project, cast.lead)
    assert client_as(who).post(url(outcome), STORY | {"title": "Changed"}).status_code == 403
    assert Outcome.objects.get().title == STORY["title"]


def test_bad_input_changes_nothing(cast, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    response = client_as("lead").post(url(outcome), STORY | {"we_did": "  "})
    assert "Say what was done about it." in response.content.decode()
    outcome.refresh_from_db()
    assert outcome.we_did == STORY["we_did"] and outcome.revision == 1


def test_outsiders_and_other_projects(cast, client_as, client):
    outcome = add_outcome(cast.project, cast.lead)
    assert client.get(url(outcome))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(outcome)).status_code == 404
    wrong = f"/projects/{cast.project.slug}/outcomes/{outcome.pk + 99}/edit/"
    assert client_as("lead").get(wrong).status_code == 404
    assert client_as("lead").delete(url(outcome)).status_code == 405
