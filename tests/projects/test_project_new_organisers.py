"""When the site lets only organisers start projects, everyone else gets a plain page saying why."""

import pytest

from projects.models import Project

URL = "/projects/new/"


@pytest.fixture
def organisers_only(settings):
    settings.PROJECT_CREATORS = "organisers"


def test_an_organiser_starts_a_project(cast, client_as, organisers_only):
    cast.outsider.is_organiser = True
    cast.outsider.save()
    response = client_as("outsider").post(URL, {"title": "Support after care"})
    assert response.status_code == 302
    assert Project.objects.filter(title="Support after care", created_by=cast.outsider).exists()


@pytest.mark.parametrize("method", ["get", "post"])
def test_someone_else_is_told_who_can_start_projects_and_nothing_is_made(
    cast, client_as, organisers_only, method
):
    client = client_as("lead")
    response = getattr(client, method)(URL, {"title": "Not allowed"})
    assert response.status_code == 403
    body = response.content.decode()
    assert "Only organisers can start projects here" in body
    assert "use your code to join" in body
    assert not Project.objects.filter(title="Not allowed").exists()


def test_the_start_a_project_links_are_hidden_from_others(cast, client_as, organisers_only):
    body = client_as("lead").get("/projects/").content.decode()
    assert 'href="/projects/new/"' not in body


def test_the_links_show_for_organisers_and_by_default(cast, client_as, settings):
    assert 'href="/projects/new/"' in client_as("lead").get("/projects/").content.decode()
    settings.PROJECT_CREATORS = "organisers"
    cast.lead.is_organiser = True
    cast.lead.save()
    assert 'href="/projects/new/"' in client_as("lead").get("/projects/").content.decode()


def test_visitors_are_still_sent_to_sign_in(db, client, organisers_only):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_admin_can_mark_an_organiser(cast, client, organisers_only):
    from participants.models import User

    admin = User.objects.create_superuser("admin@example.org", "pw")
    client.force_login(admin)
    page = client.get(f"/admin/participants/user/{cast.young_person.pk}/change/")
    assert 'name="is_organiser"' in page.content.decode()
