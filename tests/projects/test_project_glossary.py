"""A project's own words: every member reads them."""

import pytest

from projects.models import GlossaryTerm
from projects.seed.scale import top_up_glossary_terms
from tests.conftest import MEMBER_ROLES
from tests.helpers import assert_paged_at_scale, assert_query_budget


def url(project):
    return f"/projects/{project.slug}/glossary/"


@pytest.fixture
def staf(cast):
    return GlossaryTerm.objects.create(
        project=cast.project, term="STAF", plain_meaning="A charity for care leavers."
    )


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_reads_the_project_words(cast, client_as, staf, who):
    response = client_as(who).get(url(cast.project))
    assert response.status_code == 200
    assert "A charity for care leavers." in response.content.decode()
    assert f'id="term-{cast.project.slug}-staf"' in response.content.decode()


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_get_links_to_add_change_and_remove(cast, client_as, staf, who):
    body = client_as(who).get(url(cast.project)).content.decode()
    assert f"/projects/{cast.project.slug}/glossary/new/" in body
    assert f"/projects/{cast.project.slug}/glossary/{staf.pk}/edit/" in body
    assert f"/projects/{cast.project.slug}/glossary/{staf.pk}/delete/" in body


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_others_only_read(cast, client_as, staf, who):
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "/glossary/new/" not in body and "/edit/" not in body and "/delete/" not in body


def test_no_words_yet_says_so(cast, client_as):
    assert (
        "No words of this project's own yet."
        in client_as("staff").get(url(cast.project)).content.decode()
    )


def test_outsiders_get_404(cast, client_as, staf):
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    assert "A charity for care leavers." not in response.content.decode()


def test_query_budget_holds_at_3_and_50_words(cast, client_as):
    client = client_as("facilitator")

    def grow(n):
        while cast.project.glossary_terms.count() < n:
            count = cast.project.glossary_terms.count()
            GlossaryTerm.objects.create(project=cast.project, term=f"W{count}", plain_meaning="m")

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=7)


def test_a_page_of_2000_words_holds_50_and_costs_the_same_queries(cast, client_as):
    client = client_as("young_person")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(url(cast.project)),
        grow=lambda n: top_up_glossary_terms(cast.project, n),
        row_marker='<div class="glossary-entry"',
    )
    body = response.content.decode()
    assert "2000 words, from A to Z." in body and "Page 1 of 40" in body
    assert "Word 00001" in body and "Word 00051" not in body
