"""An agreed outcome is marked as in practice, from a date; the people behind it are told."""

from datetime import timedelta

import pytest
from django.utils import timezone

from participants.models import Notification
from projects.models import Outcome
from tests.projects.outcome_data import add_outcome, agree


def url(outcome):
    return f"/projects/{outcome.project.slug}/outcomes/{outcome.pk}/in-practice/"


def today(days=0):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_an_agreed_outcome_goes_into_practice(cast, client_as, who):
    outcome = agree(add_outcome(cast.project, cast.lead), cast.manager)
    Notification.objects.all().delete()
    response = client_as(who).post(url(outcome), {"since": today()})
    assert response.status_code == 302
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.IN_PRACTICE
    assert outcome.in_practice_since == timezone.localdate()
    assert Notification.objects.filter(user=cast.lead, subject__contains="in practice").exists()


def test_a_proposed_outcome_cannot_go_into_practice(cast, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    response = client_as("lead").post(url(outcome), {"since": today()})
    assert response.status_code == 200
    assert "once staff have agreed it" in response.content.decode()
    assert Outcome.objects.get().status == Outcome.Status.PROPOSED


@pytest.mark.parametrize(
    ("since", "message"),
    [
        (today(1), "cannot be in the future"),
        (today(-1), "cannot start before it was agreed"),
        ("", "Give the date it started."),
        ("soon", "Give the date as day, month and year"),
    ],
)
def test_bad_dates_are_explained(cast, client_as, since, message):
    outcome = agree(add_outcome(cast.project, cast.lead), cast.manager)
    response = client_as("lead").post(url(outcome), {"since": since})
    assert message in response.content.decode()
    assert Outcome.objects.get().status == Outcome.Status.AGREED


def test_twice_is_refused(cast, client_as):
    outcome = agree(add_outcome(cast.project, cast.lead), cast.manager)
    client_as("lead").post(url(outcome), {"since": today()})
    response = client_as("lead").post(url(outcome), {"since": today()})
    assert "already in practice" in response.content.decode()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_others_cannot(cast, client_as, who):
    outcome = agree(add_outcome(cast.project, cast.lead), cast.manager)
    assert client_as(who).post(url(outcome), {"since": today()}).status_code == 403
    assert Outcome.objects.get().status == Outcome.Status.AGREED


def test_anonymous_outsider_and_get(cast, client, client_as):
    outcome = agree(add_outcome(cast.project, cast.lead), cast.manager)
    assert client.post(url(outcome))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").post(url(outcome), {"since": today()}).status_code == 404
    assert client_as("lead").get(url(outcome)).status_code == 405
