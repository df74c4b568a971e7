"""An outcome's page: its "you said, we did" story, where it came from and its reviews."""

import pytest

from projects.services.outcomes import outcome_review
from tests.conftest import MEMBER_ROLES
from tests.helpers import count_queries
from tests.projects.outcome_data import add_outcome, agree
from tests.projects.stage_data import add_decision


def url(outcome):
    return f"/projects/{outcome.project.slug}/outcomes/{outcome.pk}/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_reads_the_story(cast, client_as, who):
    decision = add_decision(cast.project, what="Make a friends' pack")
    outcome = agree(add_outcome(cast.project, cast.lead, decisions=[decision]), cast.manager)
    body = client_as(who).get(url(outcome)).content.decode()
    assert "You said, we did" in body
    assert "Leaving care is lonely." in body and "We made a friends&#x27; pack" in body
    assert "Make a friends&#x27; pack" in body
    assert "It happened: I agree" in body and cast.manager.name in body
    assert ("Change the outcome" in body) == (who in {"lead", "facilitator"})
    assert ("Mark as in practice" in body) == (who in {"lead", "facilitator"})


def test_it_costs_the_same_with_more_reviews(cast, client_as, settings):
    settings.KEEP_PAGES = False  # the work of making the page is what is counted
    outcome = agree(add_outcome(cast.project, cast.lead), cast.staff)
    client = client_as("manager")
    client.get(url(outcome))  # the person's session and account settle in the cache
    first, _ = count_queries(lambda: client.get(url(outcome)))
    agree(outcome, cast.manager)  # the lead recorded it, so cannot agree it
    outcome_review(outcome=outcome, by=cast.facilitator, verdict="changes", note="More.")
    client.get(url(outcome))  # the menu kept for the project's old version is made anew
    second, _ = count_queries(lambda: client.get(url(outcome)))
    assert first == second


def test_anonymous_outsider_and_post(cast, client, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    assert client.get(url(outcome))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(outcome)).status_code == 404
    assert client_as("lead").post(url(outcome)).status_code == 405
