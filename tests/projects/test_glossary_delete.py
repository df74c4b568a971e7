"""Removing a project's word, after a confirmation page: leads and facilitators."""

import pytest

from projects.models import GlossaryTerm


def url(term):
    return f"/projects/{term.project.slug}/glossary/{term.pk}/delete/"


@pytest.fixture
def term(cast):
    return GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="Old.")


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_confirm_then_remove(cast, client_as, term, who):
    client = client_as(who)
    page = client.get(url(term)).content.decode()
    assert "Remove “STAF”?" in page and "Old." in page
    assert GlossaryTerm.objects.exists()
    response = client.post(url(term))
    assert response.status_code == 302
    assert not GlossaryTerm.objects.exists()


def test_site_wide_words_cannot_be_removed_here(cast, client_as):
    site = GlossaryTerm.objects.create(term="Prototype", plain_meaning="Everywhere.")
    path = f"/projects/{cast.project.slug}/glossary/{site.pk}/delete/"
    assert client_as("lead").post(path).status_code == 404
    assert GlossaryTerm.objects.filter(pk=site.pk).exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_may_not_remove_words(cast, client_as, term, who):
    assert client_as(who).post(url(term)).status_code == 403
    assert GlossaryTerm.objects.exists()


def test_it_rejects_put(cast, client_as, term):
    assert client_as("lead").put(url(term)).status_code == 405
