"""The whole stage history, paged, for everyone taking part; the overview shows the newest few."""

import pytest
from django.utils import timezone

from projects.models import StageChange
from projects.seed.scale import top_up_stage_moves
from tests.conftest import MEMBER_ROLES
from tests.helpers import assert_paged_at_scale, assert_query_budget

MOVE = '<li class="stage-timeline-item">'


def url(project):
    return f"/projects/{project.slug}/stage/history/"


def move(project, by, from_stage, to_stage, **fields):
    return StageChange.objects.create(
        project=project,
        from_stage=from_stage,
        to_stage=to_stage,
        by=by,
        at=fields.pop("at", timezone.now()),
        **fields,
    )


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_reads_every_move(cast, client_as, who):
    move(cast.project, cast.lead, "", "setup")
    move(cast.project, cast.lead, "setup", "inviting", reason="Partners were ready.")
    move(cast.project, cast.lead, "inviting", "setup")
    response = client_as(who).get(url(cast.project))
    body = response.content.decode()
    assert response.status_code == 200
    assert "started the project at “Setting up”" in body
    assert "moved the project on from “Setting up” to “Inviting people”" in body
    assert "Partners were ready." in body
    assert "took the project back from “Inviting people” to “Setting up”" in body
    assert "3 moves." in body


def test_no_moves_yet_says_so(cast, client_as):
    body = client_as("staff").get(url(cast.project)).content.decode()
    assert "The project has not changed stage yet." in body


def test_outsiders_get_404(cast, client_as):
    move(cast.project, cast.lead, "", "setup", reason="Secret reason")
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    assert "Secret reason" not in response.content.decode()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.get(url(cast.project))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_rejects_post(cast, client_as):
    assert client_as("lead").post(url(cast.project)).status_code == 405


def test_query_budget_holds_at_3_and_50_moves(cast, client_as):
    client = client_as("young_person")
    assert_query_budget(
        fetch=lambda: client.get(url(cast.project)),
        grow=lambda n: top_up_stage_moves(cast.project, n, by=cast.lead),
        budget=7,
    )


def test_a_page_of_2000_moves_holds_50_and_costs_the_same_queries(cast, client_as):
    client = client_as("manager")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(url(cast.project)),
        grow=lambda n: top_up_stage_moves(cast.project, n, by=cast.lead),
        row_marker=MOVE,
    )
    body = response.content.decode()
    assert "Page 1 of 40" in body and 'href="?page=2"' in body


@pytest.mark.parametrize("page", ["/projects/care-leavers/", "/projects/care-leavers/stage/"])
def test_the_overview_and_stage_page_show_the_newest_five_and_link_here(cast, client_as, page):
    top_up_stage_moves(cast.project, 200, by=cast.lead)
    body = client_as("lead").get(page).content.decode()
    assert body.count(MOVE) == 5
    assert f'href="{url(cast.project)}"' in body


def test_the_overview_has_no_link_when_five_moves_say_it_all(cast, client_as):
    top_up_stage_moves(cast.project, 5, by=cast.lead)
    body = client_as("young_person").get("/projects/care-leavers/").content.decode()
    assert body.count(MOVE) == 5
    assert url(cast.project) not in body
