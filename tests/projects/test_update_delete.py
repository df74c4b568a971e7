import pytest

from projects.models import Update
from tests.conftest import MEMBER_ROLES
from tests.factories import UpdateFactory


@pytest.fixture
def update(cast):
    return UpdateFactory(project=cast.project, title="Going soon")


def url(update):
    return f"/projects/care-leavers/updates/{update.pk}/delete/"


def test_it_asks_first(cast, client_as, update):
    response = client_as("lead").get(url(update))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Delete this update?" in body and "Going soon" in body
    assert Update.objects.filter(pk=update.pk).exists()


def test_a_lead_deletes_an_update(cast, client_as, update):
    response = client_as("lead").post(url(update), follow=True)
    assert response.redirect_chain == [("/projects/care-leavers/updates/", 302)]
    assert "Update deleted: “Going soon”." in response.content.decode()
    assert not Update.objects.filter(pk=update.pk).exists()


def test_an_update_from_another_project_is_404(cast, client_as):
    elsewhere = UpdateFactory()
    assert client_as("lead").post(url(elsewhere)).status_code == 404
    assert Update.objects.filter(pk=elsewhere.pk).exists()


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, update, who):
    assert client_as(who).post(url(update)).status_code == 403
    assert Update.objects.filter(pk=update.pk).exists()
