"""The outcomes page: every member sees the outcomes and which wait for a review."""

import pytest

from projects.models import Outcome
from tests.conftest import MEMBER_ROLES
from tests.helpers import assert_query_budget
from tests.projects.outcome_data import add_outcome, agree


def url(project):
    return f"/projects/{project.slug}/outcomes/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_the_outcomes(cast, client_as, who):
    add_outcome(cast.project, cast.lead)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "Friends&#x27; pack used in residential care" in body
    assert "You said:" in body and "Leaving care is lonely." in body
    assert "1 wait for a review" in body or "1 waits for a review" in body


def test_only_recorders_see_the_record_button(cast, client_as):
    assert "Record an outcome" in client_as("facilitator").get(url(cast.project)).content.decode()
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "/outcomes/new/" not in body


def test_it_filters_by_status_and_waiting(cast, client_as):
    add_outcome(cast.project, cast.lead, title="Still proposed")
    agree(add_outcome(cast.project, cast.lead, title="Now agreed"), cast.manager)
    client = client_as("lead")
    waiting = client.get(url(cast.project) + "?status=waiting").content.decode()
    assert "Still proposed" in waiting and "Now agreed" not in waiting
    agreed = client.get(url(cast.project) + "?status=agreed").content.decode()
    assert "Now agreed" in agreed and "Still proposed" not in agreed
    assert "Still proposed" in client.get(url(cast.project) + "?status=nonsense").content.decode()


def test_it_says_so_when_there_are_none(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "No outcomes recorded yet." in body


def test_it_pages_long_lists(cast, client_as):
    for n in range(25):
        add_outcome(cast.project, cast.lead, title=f"Outcome number {n:02d}")
    client = client_as("lead")
    first = client.get(url(cast.project)).content.decode()
    assert "Page 1 of 2" in first and "Outcome number 24" in first
    second = client.get(url(cast.project) + "?page=2").content.decode()
    assert "Outcome number 00" in second and "Outcome number 24" not in second


def test_anonymous_visitors_are_sent_to_sign_in(cast, client):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")


def test_outsiders_get_not_found(cast, client_as):
    assert client_as("outsider").get(url(cast.project)).status_code == 404


def test_it_rejects_post(cast, client_as):
    assert client_as("lead").post(url(cast.project)).status_code == 405


def test_query_budget_at_3_and_50_outcomes(cast, client_as):
    client = client_as("staff")

    def grow(n):
        while Outcome.objects.count() < n:
            outcome = add_outcome(
                cast.project, cast.lead, title=f"Outcome {Outcome.objects.count()}"
            )
            if Outcome.objects.count() % 2:
                agree(outcome, cast.manager)

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=12)
