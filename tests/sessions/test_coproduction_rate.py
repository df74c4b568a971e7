"""Anonymous ratings on the ladder of participation, given on the "how co-produced is it?"
page: once each, only the role kept; a rating that cannot be taken shows the page again."""

import pytest
from django.contrib import admin
from django.db import models

from projects.models import LadderRater, LadderRating
from tests.conftest import MEMBER_ROLES


def url(project):
    return f"/projects/{project.slug}/co-production/rate/"


def page(project):
    return f"/projects/{project.slug}/co-production/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_any_member_rates_once(cast, client_as, who):
    client = client_as(who)
    response = client.post(url(cast.project), {"rung": "co_design"}, follow=True)
    assert "Your rating is counted, without your name." in response.content.decode()
    rating = LadderRating.objects.get()
    assert (rating.role, rating.rung, rating.month.day) == (who, "co_design", 1)
    again = client.post(url(cast.project), {"rung": "informing"})
    assert again.status_code == 422
    body = again.content.decode()
    assert "There is a problem" in body and "You have already given your rating" in body
    assert "You have given your rating. Thank you." in body
    assert LadderRating.objects.count() == 1 and LadderRater.objects.count() == 1
    assert LadderRating.objects.get().rung == "co_design"


def test_a_good_rating_goes_back_to_the_page_with_thanks(cast, client_as):
    response = client_as("young_person").post(url(cast.project), {"rung": "co_design"})
    assert response.status_code == 302 and response["Location"] == page(cast.project)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rung": "top"}, "Choose one of the five rungs of the ladder."),
        ({}, "Choose the rung of the ladder that fits best."),
    ],
)
def test_a_rung_outside_the_ladder_shows_the_page_again(cast, client_as, data, message):
    response = client_as("staff").post(url(cast.project), data)
    assert response.status_code == 422
    body = response.content.decode()
    # The whole page, with the form still there, its error summary and the message.
    assert "<title>Error: How co-produced is it?" in body
    assert "What the records show" in body and "Give my rating" in body
    assert "There is a problem" in body and 'href="#id_rung_0"' in body
    assert body.count(message) == 2
    assert f'action="{url(cast.project)}"' in body
    assert not LadderRating.objects.exists() and not LadderRater.objects.exists()


def test_anonymous_outsider_and_get(cast, client, client_as):
    assert client.post(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").post(url(cast.project), {"rung": "co_design"}).status_code == 404
    assert client_as("lead").get(url(cast.project)).status_code == 405
    assert client_as("lead").put(url(cast.project)).status_code == 405
    assert not LadderRating.objects.exists()


def test_the_page_is_the_only_way_in_and_the_old_address_is_gone(cast, client_as):
    client = client_as("staff")
    assert f'action="{url(cast.project)}"' in client.get(page(cast.project)).content.decode()
    old = f"/projects/{cast.project.slug}/ladder/rate/"
    assert client.post(old, {"rung": "co_design"}).status_code == 404
    assert not LadderRating.objects.exists()


def test_a_rating_row_holds_nothing_that_leads_back_to_a_person(cast, client_as):
    client_as("young_person").post(url(cast.project), {"rung": "consultation"})
    client_as("staff").post(url(cast.project), {"rung": "co_production"})
    fields = LadderRating._meta.get_fields()
    related = {f.related_model for f in fields if f.is_relation}
    assert related == {cast.project.__class__}
    assert not any(isinstance(f, models.DateTimeField) for f in fields)
    assert isinstance(LadderRating._meta.pk, models.UUIDField)
    # The marker says someone rated, never what; nothing in the admin lists ratings.
    assert not any(f.name == "rung" for f in LadderRater._meta.get_fields())
    assert LadderRating not in admin.site._registry and LadderRater not in admin.site._registry


def test_the_page_shows_counts_per_role_and_no_names(cast, client_as):
    for who in ("young_person", "staff", "manager"):
        cast.users[who].display_name = f"Rater {who}"
        cast.users[who].save()
    client_as("young_person").post(url(cast.project), {"rung": "consultation"})
    client_as("staff").post(url(cast.project), {"rung": "co_production"})
    client_as("manager").post(url(cast.project), {"rung": "co_production"})
    body = client_as("lead").get(page(cast.project)).content.decode()
    ratings = body.split("How people see it")[1]
    # One rater in each role: counted together, never one role alone (fewer than three).
    assert "Other roles: 3 ratings" in ratings and "Young people" not in ratings
    for who in ("young_person", "staff", "manager"):
        assert cast.users[who].name not in ratings
    assert "Give my rating" in ratings
    assert "Give my rating" not in client_as("staff").get(page(cast.project)).content.decode()
