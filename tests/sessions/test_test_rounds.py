"""Test rounds: opening times, one answer each, ratings 1 to 5, results by role, anonymity."""

from datetime import timedelta

import pytest
from django.utils import timezone

from sessions import models
from sessions.models import Feedback, Prototype
from tests.sessions.prototype_helpers import make_prototype, open_round, url


def round_url(test_round):
    return url(test_round.prototype, f"test-rounds/{test_round.pk}/")


def test_a_facilitator_opens_a_round_and_the_idea_is_being_tested(cast, client_as):
    prototype = make_prototype(cast)
    now = timezone.localtime()
    response = client_as("facilitator").post(
        url(prototype, "test-rounds/new/"),
        {
            "question": "Would this pack help you in your first week?",
            "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    assert models.TestRound.objects.get().question.startswith("Would this pack")
    prototype.refresh_from_db()
    assert prototype.status == Prototype.Status.TESTING


def test_a_round_must_close_after_it_opens(cast, client_as):
    prototype = make_prototype(cast)
    now = timezone.localtime()
    response = client_as("facilitator").post(
        url(prototype, "test-rounds/new/"),
        {
            "question": "Useful?",
            "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert "It must close after it opens." in response.content.decode()
    assert not models.TestRound.objects.exists()


def test_staff_cannot_open_a_round(cast, client_as):
    prototype = make_prototype(cast)
    assert client_as("staff").post(url(prototype, "test-rounds/new/"), {}).status_code == 403


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_each_role_answers_once(cast, client_as, who):
    test_round = open_round(make_prototype(cast))
    client = client_as(who)
    assert client.post(round_url(test_round), {"useful": "4", "comment": "Yes"}).status_code == 302
    answer = Feedback.objects.get()
    assert answer.role == who and answer.useful == 4
    again = client.post(round_url(test_round), {"useful": "5"})
    assert again.status_code == 400 and "already answered" in again.content.decode()
    assert Feedback.objects.get().useful == 4


@pytest.mark.parametrize("rating", ["0", "6", "three", ""])
def test_a_rating_out_of_range_is_refused(cast, client_as, rating):
    test_round = open_round(make_prototype(cast))
    response = client_as("staff").post(round_url(test_round), {"useful": rating})
    assert "Choose a number from 1 to 5." in response.content.decode()
    assert not Feedback.objects.exists()


def test_answers_before_the_round_opens_are_refused(cast, client_as):
    test_round = open_round(make_prototype(cast), opens_in=2, closes_in=24)
    response = client_as("staff").post(round_url(test_round), {"useful": "3"})
    assert response.status_code == 400 and "has not opened yet" in response.content.decode()
    assert not Feedback.objects.exists()


def test_answers_after_the_round_closes_are_refused(cast, client_as):
    test_round = open_round(make_prototype(cast), opens_in=-48, closes_in=-1)
    response = client_as("staff").post(round_url(test_round), {"useful": "3"})
    assert response.status_code == 400 and "has closed" in response.content.decode()
    assert not Feedback.objects.exists()


def _answer(cast, test_round, who, useful, words=""):
    Feedback.objects.create(
        round=test_round,
        participant=cast.participants[who],
        role=cast.participants[who].role,
        useful=useful,
        comment=words,
    )


def test_members_see_no_results_while_the_round_is_open(cast, client_as):
    test_round = open_round(make_prototype(cast))
    _answer(cast, test_round, "young_person", 5, "Secret words")
    page = client_as("manager").get(round_url(test_round)).content.decode()
    assert "Secret words" not in page and "Results by role" not in page
    runner_page = client_as("facilitator").get(round_url(test_round)).content.decode()
    assert "Secret words" in runner_page and "Results by role" in runner_page


def test_results_by_role_after_closing_never_name_anyone(cast, client_as):
    test_round = open_round(make_prototype(cast, by="lead"))
    for who, name in [("young_person", "Jade Mc"), ("manager", "Morag Bell")]:
        cast.participants[who].display_name = name
        cast.participants[who].save()
    _answer(cast, test_round, "young_person", 5, "Loved the map")
    _answer(cast, test_round, "staff", 3)
    _answer(cast, test_round, "manager", 4)
    models.TestRound.objects.filter(pk=test_round.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    page = client_as("staff").get(round_url(test_round)).content.decode()
    assert "Loved the map" in page
    # One answer in each role: counted together as "Other roles", never one role alone.
    assert '<th scope="row">Other roles</th><td>4.0</td><td>3</td>' in page
    assert '<th scope="row">Young people</th>' not in page
    assert "Jade Mc" not in page and "Morag Bell" not in page


def test_a_new_round_opens_now_and_closes_in_two_weeks_unless_changed(cast, client_as):
    prototype = make_prototype(cast)
    page = client_as("facilitator").get(url(prototype, "test-rounds/new/")).content.decode()
    now = timezone.localtime()
    assert f'value="{now:%Y-%m-%dT%H:}' in page or f'value="{now:%Y-%m-%dT}' in page
    later = now + timedelta(days=14)
    assert f'name="closes_at" value="{later:%Y-%m-%d}T' in page
