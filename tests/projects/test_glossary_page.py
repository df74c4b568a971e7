"""/glossary/: the site-wide words for anyone, plus a member's own projects' words."""

from projects.models import GlossaryTerm
from projects.selectors.glossary import seed_site_glossary
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import assert_query_budget

URL = "/glossary/"


def test_anyone_can_read_the_site_wide_words(client, db):
    seed_site_glossary()
    response = client.get(URL)
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="term-co-production"' in body
    assert "working together as equals" in body
    assert 'id="term-in-kind"' in body


def test_visitors_do_not_see_any_project_words(client, cast):
    GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="A charity.")
    assert "STAF" not in client.get(URL).content.decode()


def test_members_also_see_their_projects_words_and_no_others(cast, client_as):
    GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="A charity.")
    GlossaryTerm.objects.create(
        project=ProjectFactory(title="Elsewhere"), term="Hidden", plain_meaning="Not yours."
    )
    body = client_as("young_person").get(URL).content.decode()
    assert f"Words from {cast.project.title}" in body
    assert f'id="term-{cast.project.slug}-staf"' in body
    assert "Hidden" not in body and "Elsewhere" not in body


def test_people_who_left_a_project_no_longer_see_its_words(cast, client_as):
    GlossaryTerm.objects.create(project=cast.project, term="STAF", plain_meaning="A charity.")
    cast.participants["staff"].status = "left"
    cast.participants["staff"].save()
    assert "STAF" not in client_as("staff").get(URL).content.decode()


def test_an_empty_glossary_says_so(client, db):
    assert "No words have been explained yet." in client.get(URL).content.decode()


def test_the_footer_links_to_the_glossary(client, db):
    assert 'href="/glossary/"' in client.get("/").content.decode()


def test_query_budget_holds_at_3_and_50_words(cast, client_as):
    client = client_as("young_person")
    other = ProjectFactory()
    ParticipantFactory(project=other, user=cast.young_person)

    def grow(n):
        while GlossaryTerm.objects.count() < 3 * n:
            count = GlossaryTerm.objects.count()
            GlossaryTerm.objects.create(term=f"Word {count}", plain_meaning="Meaning.")
            GlossaryTerm.objects.create(
                project=cast.project, term=f"Word {count}", plain_meaning="Ours."
            )
            GlossaryTerm.objects.create(project=other, term=f"Word {count}", plain_meaning="x")

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=6)
