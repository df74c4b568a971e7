import pytest

from tests.conftest import MEMBER_ROLES
from tests.factories import ResourceFactory


@pytest.fixture
def resource(cast):
    return ResourceFactory(project=cast.project, title="Draft report", is_public=False)


def url(resource):
    return f"/projects/care-leavers/resources/{resource.pk}/edit/"


def test_it_shows_the_details(cast, client_as, resource):
    response = client_as("lead").get(url(resource))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Draft report" in body and "notes.txt" in body


def test_a_lead_changes_the_details_and_the_file_stays(cast, client_as, resource):
    stored = resource.file.name
    response = client_as("lead").post(
        url(resource),
        {"title": "Final report", "description": "The end.", "is_public": "on"},
        follow=True,
    )
    assert response.redirect_chain == [("/projects/care-leavers/resources/", 302)]
    assert "File details saved." in response.content.decode()
    resource.refresh_from_db()
    assert (resource.title, resource.description, resource.is_public) == (
        "Final report",
        "The end.",
        True,
    )
    assert resource.file.name == stored


def test_it_refuses_an_empty_title(cast, client_as, resource):
    response = client_as("lead").post(url(resource), {"title": " ", "description": "Kept"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Give the file a title." in body and "Kept" in body
    resource.refresh_from_db()
    assert resource.title == "Draft report"


def test_a_file_from_another_project_is_404(cast, client_as):
    elsewhere = ResourceFactory()
    assert client_as("lead").post(url(elsewhere), {"title": "Mine"}).status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.title != "Mine"


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, resource, who):
    client = client_as(who)
    assert client.get(url(resource)).status_code == 403
    assert client.post(url(resource), {"title": "Mine", "is_public": "on"}).status_code == 403
    resource.refresh_from_db()
    assert (resource.title, resource.is_public) == ("Draft report", False)


def test_visitors_are_sent_to_sign_in(cast, client, resource):
    response = client.post(url(resource), {"title": "Mine"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
