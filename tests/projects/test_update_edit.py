import pytest

from tests.conftest import MEMBER_ROLES
from tests.factories import UpdateFactory


@pytest.fixture
def update(cast):
    return UpdateFactory(
        project=cast.project, author=cast.facilitator, title="Old title", body="Old body"
    )


def url(update):
    return f"/projects/care-leavers/updates/{update.pk}/edit/"


def test_it_shows_the_update_in_the_form(cast, client_as, update):
    response = client_as("lead").get(url(update))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Edit update" in body and "Old title" in body and "Old body" in body


def test_a_lead_edits_any_update_and_its_time_stays(cast, client_as, update):
    published = update.published_at
    response = client_as("lead").post(
        url(update), {"title": "New title", "body": "New body", "is_public": ""}, follow=True
    )
    assert response.redirect_chain == [("/projects/care-leavers/updates/", 302)]
    assert "Update saved." in response.content.decode()
    update.refresh_from_db()
    assert (update.title, update.body, update.is_public) == ("New title", "New body", False)
    assert update.published_at == published
    assert update.author == cast.facilitator


def test_it_refuses_an_empty_body(cast, client_as, update):
    response = client_as("lead").post(url(update), {"title": "New title", "body": "   "})
    assert response.status_code == 200
    body = response.content.decode()
    assert "Write the update before posting it." in body and "New title" in body
    update.refresh_from_db()
    assert (update.title, update.body) == ("Old title", "Old body")


def test_an_update_from_another_project_is_404(cast, client_as):
    elsewhere = UpdateFactory()
    response = client_as("lead").post(url(elsewhere), {"title": "Mine", "body": "Mine"})
    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert elsewhere.title != "Mine"


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, update, who):
    client = client_as(who)
    assert client.get(url(update)).status_code == 403
    assert client.post(url(update), {"title": "Hacked", "body": "x"}).status_code == 403
    update.refresh_from_db()
    assert update.title == "Old title"


def test_a_working_group_update_stays_the_groups_when_a_lead_edits_it(cast, client_as):
    update = UpdateFactory(project=cast.project, for_working_group=True, is_public=False)
    shared = {"title": "Shared", "body": "Now public", "is_public": "on"}
    client_as("lead").post(url(update), shared)
    update.refresh_from_db()
    assert update.for_working_group and update.is_public and update.title == "Shared"


def test_being_in_the_working_group_gives_no_right_to_edit(cast, client_as):
    cast.participants["young_person"].in_working_group = True
    cast.participants["young_person"].save()
    update = UpdateFactory(project=cast.project, for_working_group=True, author=cast.young_person)
    response = client_as("young_person").post(url(update), {"title": "Mine", "body": "Mine"})
    assert response.status_code == 403
    update.refresh_from_db()
    assert update.title != "Mine"
