import pytest

from projects.models import Resource
from tests.factories import ResourceFactory, UpdateFactory, UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


def test_updates_can_be_searched_and_filtered(admin_client):
    UpdateFactory(title="Snow day", is_public=True)
    UpdateFactory(title="Pay rates", is_public=False)
    body = admin_client.get("/admin/projects/update/?q=snow").content.decode()
    assert "Snow day" in body and "Pay rates" not in body
    body = admin_client.get("/admin/projects/update/?is_public__exact=0").content.decode()
    assert "Pay rates" in body and "Snow day" not in body


def test_resources_can_be_searched_and_filtered(admin_client):
    ResourceFactory(title="Project report", is_public=True)
    ResourceFactory(title="Session notes", is_public=False)
    body = admin_client.get("/admin/projects/resource/?q=report").content.decode()
    assert "Project report" in body and "Session notes" not in body
    body = admin_client.get("/admin/projects/resource/?is_public__exact=0").content.decode()
    assert "Session notes" in body and "Project report" not in body


def test_files_are_not_added_in_the_admin_where_uploads_are_not_checked(admin_client):
    assert admin_client.get("/admin/projects/resource/add/").status_code == 403


def test_deleting_in_the_admin_removes_the_stored_file(
    admin_client, django_capture_on_commit_callbacks
):
    resource = ResourceFactory()
    storage, name = resource.file.storage, resource.file.name
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/projects/resource/{resource.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Resource.objects.exists()
    assert not storage.exists(name)


def test_bulk_deleting_in_the_admin_removes_the_stored_files(
    admin_client, django_capture_on_commit_callbacks
):
    resources = [ResourceFactory(), ResourceFactory()]
    names = [r.file.name for r in resources]
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            "/admin/projects/resource/",
            {
                "action": "delete_selected",
                "_selected_action": [r.pk for r in resources],
                "post": "yes",
            },
        )
    assert not Resource.objects.exists()
    assert not any(resources[0].file.storage.exists(name) for name in names)
