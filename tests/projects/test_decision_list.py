"""The decision log: every member reads it, with how much say young people had."""

from datetime import date

import pytest

from projects.models import Decision
from projects.seed.scale import top_up_decisions
from tests.conftest import MEMBER_ROLES
from tests.helpers import assert_paged_at_scale, assert_query_budget
from tests.projects.stage_data import add_decision


def url(project):
    return f"/projects/{project.slug}/decisions/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_reads_the_log(cast, client_as, who):
    add_decision(cast.project, "Hold sessions in the evening", result="More people came.")
    response = client_as(who).get(url(cast.project))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Hold sessions in the evening" in body
    assert "More people came." in body
    assert "Young people" in body and "Everyone together" in body


def test_it_sums_up_how_much_say_young_people_had(cast, client_as):
    add_decision(cast.project, "Evening sessions")  # proposed by young people, voted, decided
    add_decision(
        cast.project,
        "Pay rates",
        proposed_by=Decision.Group.PARTNERS,
        decided_by=Decision.Group.LEAD,
        young_people_voted=False,
    )
    add_decision(
        cast.project,
        "Online when it snows",
        proposed_by=Decision.Group.FACILITATORS,
        decided_by=Decision.Group.MANAGERS,
        young_people_voted=True,
    )
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "Young people had a vote in 2 of 3 decisions." in body
    assert "Young people suggested, on their own or with everyone, 1 of 3." in body
    assert "on their own or with everyone, in 1 of 3." in body
    assert "had a say in some way in 2 of 3." in body


def test_it_lists_the_newest_decision_first(cast, client_as):
    add_decision(cast.project, "Older one", decided_on=date(2026, 1, 5))
    add_decision(cast.project, "Newer one", decided_on=date(2026, 3, 5))
    body = client_as("staff").get(url(cast.project)).content.decode()
    assert body.index("Newer one") < body.index("Older one")


def test_an_empty_log_says_so(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "No decisions recorded yet." in body
    assert "How much say young people had" not in body


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_get_links_to_record_and_change(cast, client_as, who):
    decision = add_decision(cast.project)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert f"/projects/{cast.project.slug}/decisions/new/" in body
    assert f"/projects/{cast.project.slug}/decisions/{decision.pk}/edit/" in body


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_others_get_no_links_to_change_it(cast, client_as, who):
    add_decision(cast.project)
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "/decisions/new/" not in body and "/edit/" not in body


def test_outsiders_get_404(cast, client_as):
    add_decision(cast.project, "Secret decision")
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    assert "Secret decision" not in response.content.decode()


def test_query_budget_holds_at_3_and_50_decisions(cast, client_as):
    client = client_as("facilitator")

    def grow(n):
        while cast.project.decisions.count() < n:
            number = cast.project.decisions.count()
            add_decision(cast.project, f"Decision {number}", recorded_by=cast.facilitator)

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=10)


def test_a_page_of_2000_decisions_holds_50_and_costs_the_same_queries(cast, client_as):
    client = client_as("facilitator")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(url(cast.project)),
        grow=lambda n: top_up_decisions(cast.project, n, by=cast.facilitator),
        row_marker='<h2 class="h5 card-title">',
    )
    assert "2000 decisions, newest first." in response.content.decode()
    assert "Page 1 of 40" in response.content.decode()


def test_it_finds_decisions_by_words_and_by_who_decided(cast, client_as):
    add_decision(cast.project, "Meet in the evening", decided_by=Decision.Group.YOUNG_PEOPLE)
    add_decision(cast.project, "Meet at college", decided_by=Decision.Group.LEAD)
    add_decision(cast.project, "Pay for taxis", result="More people came in the evening.")
    client = client_as("young_person")
    body = client.get(url(cast.project), {"q": "  evening "}).content.decode()
    assert "Meet in the evening" in body and "Pay for taxis" in body
    assert "Meet at college" not in body
    assert "2 of 3 decisions found." in body
    body = client.get(url(cast.project), {"q": "meet", "decided_by": "lead"}).content.decode()
    assert "Meet at college" in body and "Meet in the evening" not in body
    assert "1 of 3 decisions found." in body


def test_a_search_that_matches_nothing_says_so(cast, client_as):
    add_decision(cast.project, "Meet in the evening")
    body = client_as("staff").get(url(cast.project), {"q": "zebra"}).content.decode()
    assert "No decisions match." in body
    assert "0 of 1 decision found." in body


def test_an_unknown_filter_is_ignored_not_an_error(cast, client_as):
    add_decision(cast.project, "Meet in the evening")
    response = client_as("staff").get(url(cast.project), {"decided_by": "aliens", "page": "x"})
    assert response.status_code == 200
    assert "Meet in the evening" in response.content.decode()


def test_paging_keeps_the_search(cast, client_as):
    top_up_decisions(cast.project, 400)  # a third of them meet at the library: 134
    body = client_as("staff").get(url(cast.project), {"q": "library", "page": "2"}).content
    body = body.decode()
    assert "134 of 400 decisions found." in body
    assert "Page 2 of 3" in body
    assert 'href="?q=library"' in body  # back to page 1, still searching
    assert 'href="?q=library&amp;page=3"' in body


def test_a_decision_everyone_suggested_counts_as_young_people_suggesting_it(cast, client_as):
    add_decision(cast.project, "Meet on Saturdays", proposed_by=Decision.Group.EVERYONE)
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "Suggested by</dt><dd>Everyone together" in body
    assert "Young people suggested, on their own or with everyone, 1 of 1." in body
