import pytest

from projects.models import Resource
from tests.conftest import MEMBER_ROLES
from tests.factories import ResourceFactory


@pytest.fixture
def resource(cast):
    return ResourceFactory(project=cast.project, title="Old notes")


def url(resource):
    return f"/projects/care-leavers/resources/{resource.pk}/delete/"


def test_it_asks_first(cast, client_as, resource):
    response = client_as("lead").get(url(resource))
    assert response.status_code == 200
    assert "Delete this file?" in response.content.decode()
    assert resource.file.storage.exists(resource.file.name)


def test_a_lead_deletes_the_file_and_what_is_stored(
    cast, client_as, resource, django_capture_on_commit_callbacks
):
    storage, name = resource.file.storage, resource.file.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_as("lead").post(url(resource), follow=True)
    assert response.redirect_chain == [("/projects/care-leavers/resources/", 302)]
    assert "File deleted: “Old notes”." in response.content.decode()
    assert not Resource.objects.filter(pk=resource.pk).exists()
    assert not storage.exists(name)


def test_a_file_from_another_project_is_404(cast, client_as):
    elsewhere = ResourceFactory()
    assert client_as("lead").post(url(elsewhere)).status_code == 404
    assert elsewhere.file.storage.exists(elsewhere.file.name)


def test_the_stored_file_stays_until_the_deletion_is_committed(
    cast, client_as, resource, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client_as("lead").post(url(resource))
    assert resource.file.storage.exists(resource.file.name)
    for callback in callbacks:  # the commit
        callback()
    assert not resource.file.storage.exists(resource.file.name)


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, resource, who):
    assert client_as(who).post(url(resource)).status_code == 403
    assert Resource.objects.filter(pk=resource.pk).exists()
    assert resource.file.storage.exists(resource.file.name)
