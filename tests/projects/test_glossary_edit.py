"""Changing a project's word: leads and facilitators."""

import pytest

from projects.models import GlossaryTerm
from tests.factories import ProjectFactory


def url(term):
    return f"/projects/{term.project.slug}/glossary/{term.pk}/edit/"


@pytest.fixture
def term(cast):
    return GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="Old.")


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_change_a_word(cast, client_as, term, who):
    client = client_as(who)
    assert "Old." in client.get(url(term)).content.decode()
    response = client.post(url(term), {"term": "STAF", "plain_meaning": "New meaning."})
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.plain_meaning == "New meaning."


def test_renaming_onto_another_word_is_explained(cast, client_as, term):
    GlossaryTerm.objects.create(project=cast.project, term="IRISS", plain_meaning="Lead.")
    response = client_as("lead").post(url(term), {"term": "iriss", "plain_meaning": "x"})
    assert "This project already explains “iriss”." in response.content.decode()
    term.refresh_from_db()
    assert (term.term, term.plain_meaning) == ("STAF", "Old.")


def test_site_wide_words_cannot_be_changed_here(cast, client_as):
    site = GlossaryTerm.objects.create(term="Prototype", plain_meaning="Everywhere.")
    path = f"/projects/{cast.project.slug}/glossary/{site.pk}/edit/"
    assert client_as("lead").post(path, {"term": "x", "plain_meaning": "y"}).status_code == 404
    site.refresh_from_db()
    assert site.term == "Prototype"


def test_another_project_s_word_is_404(cast, client_as):
    other = GlossaryTerm.objects.create(project=ProjectFactory(), term="X", plain_meaning="Y")
    path = f"/projects/{cast.project.slug}/glossary/{other.pk}/edit/"
    assert client_as("lead").get(path).status_code == 404


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_may_not_change_words(cast, client_as, term, who):
    response = client_as(who).post(url(term), {"term": "STAF", "plain_meaning": "Hacked"})
    assert response.status_code == 403
    term.refresh_from_db()
    assert term.plain_meaning == "Old."


def test_it_rejects_delete(cast, client_as, term):
    assert client_as("lead").delete(url(term)).status_code == 405
