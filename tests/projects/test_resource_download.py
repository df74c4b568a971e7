import pytest
from django.core.files.base import ContentFile

from tests.conftest import MEMBER_ROLES
from tests.factories import ResourceFactory


def url(resource):
    return f"/projects/{resource.project.slug}/resources/{resource.pk}/download/"


def read(response):
    return b"".join(response.streaming_content)


@pytest.fixture
def members_only(cast):
    return ResourceFactory(project=cast.project, is_public=False)


@pytest.fixture
def shared(cast):
    cast.project.is_public = True
    cast.project.save()
    return ResourceFactory(project=cast.project, is_public=True)


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_members_download_members_only_files(cast, client_as, members_only, who):
    response = client_as(who).get(url(members_only))
    assert response.status_code == 200
    assert read(response) == b"Notes from the session.\n"


def test_it_is_sent_as_an_attachment_and_never_sniffed(cast, client_as, members_only):
    response = client_as("young_person").get(url(members_only))
    assert response["Content-Disposition"] == 'attachment; filename="notes.txt"'
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"]
    assert "sandbox" in response["Content-Security-Policy"]


def test_awkward_names_are_offered_safely(cast, client_as):
    resource = ResourceFactory(
        project=cast.project,
        original_filename="Adroddiad – café.pdf",
        content_type="application/pdf",
    )
    response = client_as("lead").get(url(resource))
    assert response["Content-Disposition"] == (
        "attachment; filename*=utf-8''Adroddiad%20%E2%80%93%20caf%C3%A9.pdf"
    )


def test_outsiders_get_404_for_members_only_files(cast, client_as, members_only):
    response = client_as("outsider").get(url(members_only))
    assert response.status_code == 404


def test_visitors_are_sent_to_sign_in_for_members_only_files(cast, client, members_only):
    response = client.get(url(members_only))
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url(members_only)}"


def test_anyone_downloads_a_public_file_of_a_public_project(cast, client, client_as, shared):
    response = client.get(url(shared))
    assert response.status_code == 200
    assert read(response) == b"Notes from the session.\n"
    assert client_as("outsider").get(url(shared)).status_code == 200


def test_a_public_file_of_a_private_project_stays_with_members(cast, client, client_as, shared):
    cast.project.is_public = False
    cast.project.save()
    assert client.get(url(shared)).status_code == 302
    assert client_as("outsider").get(url(shared)).status_code == 404
    assert client_as("young_person").get(url(shared)).status_code == 200


def test_a_members_only_file_of_a_public_project_stays_with_members(cast, client, shared):
    shared.is_public = False
    shared.save()
    assert client.get(url(shared)).status_code == 302


def test_a_file_from_another_project_is_not_found_at_this_address(cast, client_as):
    elsewhere = ResourceFactory()
    wrong = f"/projects/care-leavers/resources/{elsewhere.pk}/download/"
    assert client_as("lead").get(wrong).status_code == 404


def test_unknown_files_look_the_same_as_hidden_ones(cast, client, client_as):
    missing = "/projects/care-leavers/resources/999999/download/"
    assert client.get(missing).status_code == 302
    assert client_as("outsider").get(missing).status_code == 404
    assert client_as("lead").get(missing).status_code == 404


def test_a_file_missing_from_storage_is_404(cast, client_as, members_only):
    members_only.file.storage.delete(members_only.file.name)
    assert client_as("lead").get(url(members_only)).status_code == 404


def test_the_stored_file_has_no_public_address(cast, client, shared, settings):
    assert client.get(f"{settings.MEDIA_URL}{shared.file.name}").status_code == 404


def test_binary_files_come_back_unchanged(cast, client_as):
    content = bytes(range(256)) * 10
    resource = ResourceFactory(
        project=cast.project,
        file=ContentFile(content, name="x.png"),
        original_filename="map.png",
        content_type="image/png",
    )
    response = client_as("staff").get(url(resource))
    assert read(response) == content
    assert response["Content-Type"] == "image/png"
