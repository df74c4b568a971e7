"""Explaining a word for one project: leads and facilitators."""

import pytest

from projects.models import GlossaryTerm


def url(project):
    return f"/projects/{project.slug}/glossary/new/"


VALID = {"term": "  friends'   pack ", "plain_meaning": "A pack made by young people."}


@pytest.mark.parametrize("who", ["lead", "facilitator"])
def test_leads_and_facilitators_explain_a_word(cast, client_as, who):
    response = client_as(who).post(url(cast.project), VALID)
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{cast.project.slug}/glossary/"
    term = GlossaryTerm.objects.get()
    assert (term.project, term.term, term.created_by) == (
        cast.project,
        "friends' pack",
        cast.users[who],
    )


def test_a_site_wide_word_can_be_explained_the_project_s_own_way(cast, client_as):
    GlossaryTerm.objects.create(term="Prototype", plain_meaning="Everywhere.")
    response = client_as("lead").post(
        url(cast.project), {"term": "prototype", "plain_meaning": "Ours."}
    )
    assert response.status_code == 302
    assert GlossaryTerm.objects.filter(project=cast.project).count() == 1


def test_the_same_word_twice_in_a_project_is_explained_not_crashed(cast, client_as):
    GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="A charity.")
    response = client_as("lead").post(url(cast.project), {"term": "staf", "plain_meaning": "x"})
    assert response.status_code == 200
    assert "This project already explains “staf”." in response.content.decode()
    assert GlossaryTerm.objects.count() == 1


def test_missing_answers_are_explained_and_nothing_is_saved(cast, client_as):
    response = client_as("lead").post(url(cast.project), {"term": " ", "plain_meaning": "Kept"})
    body = response.content.decode()
    assert "Write the word or phrase." in body
    assert "Kept" in body
    response = client_as("lead").post(url(cast.project), {"term": "STAF", "plain_meaning": ""})
    assert "Write what the word means." in response.content.decode()
    assert not GlossaryTerm.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_other_members_may_not_add_words(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), VALID).status_code == 403
    assert not GlossaryTerm.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(url(cast.project), VALID).status_code == 404
    assert not GlossaryTerm.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    assert client.post(url(cast.project), VALID).status_code == 302
    assert not GlossaryTerm.objects.exists()
