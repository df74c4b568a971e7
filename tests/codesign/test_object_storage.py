"""Uploads on S3-compatible object storage: private in the bucket, reached only through the
views that check who is asking. Runs when MEDIA_STORAGE=s3 (CI starts a local server)."""

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from projects.models import Resource

pytestmark = pytest.mark.skipif(
    not settings.STORAGES["default"]["BACKEND"].endswith("S3Storage"),
    reason="needs MEDIA_STORAGE=s3 and an S3-compatible server",
)

PUBLIC_GROUPS = (
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
)


def upload(client, project, *, is_public=False, content=b"Minutes of the first session.\n"):
    data = {
        "title": "Minutes",
        "description": "",
        "file": SimpleUploadedFile("minutes.txt", content, content_type="text/plain"),
    }
    if is_public:
        data["is_public"] = "on"
    response = client.post(f"/projects/{project.slug}/resources/new/", data)
    assert response.status_code == 302, response.content[:500]
    return Resource.objects.get(project=project, title="Minutes")


def s3_client():
    return default_storage.connection.meta.client


def object_key(resource):
    return default_storage._normalize_name(resource.file.name)


def test_an_upload_goes_into_the_bucket(cast, client_as):
    resource = upload(client_as("lead"), cast.project)
    stored = s3_client().get_object(Bucket=default_storage.bucket_name, Key=object_key(resource))
    assert stored["Body"].read() == b"Minutes of the first session.\n"


@pytest.mark.parametrize("is_public", [False, True])
def test_no_file_is_public_in_the_bucket(cast, client_as, is_public):
    resource = upload(client_as("lead"), cast.project, is_public=is_public)
    acl = s3_client().get_object_acl(Bucket=default_storage.bucket_name, Key=object_key(resource))
    grantees = [grant["Grantee"].get("URI") for grant in acl["Grants"]]
    assert not any(uri in PUBLIC_GROUPS for uri in grantees), grantees


def test_a_member_downloads_it_through_the_app(cast, client_as):
    resource = upload(client_as("lead"), cast.project)
    response = client_as("young_person").get(
        f"/projects/{cast.project.slug}/resources/{resource.pk}/download/"
    )
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Minutes of the first session.\n"
    assert response["Content-Disposition"].startswith("attachment")


def test_an_outsider_gets_nothing(cast, client_as):
    resource = upload(client_as("lead"), cast.project)
    response = client_as("outsider").get(
        f"/projects/{cast.project.slug}/resources/{resource.pk}/download/"
    )
    assert response.status_code == 404


def test_a_file_missing_from_the_bucket_is_a_plain_not_found(cast, client_as):
    resource = upload(client_as("lead"), cast.project)
    s3_client().delete_object(Bucket=default_storage.bucket_name, Key=object_key(resource))
    response = client_as("lead").get(
        f"/projects/{cast.project.slug}/resources/{resource.pk}/download/"
    )
    assert response.status_code == 404


def test_any_address_the_store_makes_is_signed_and_short_lived(cast, client_as):
    resource = upload(client_as("lead"), cast.project)
    url = resource.file.url
    assert "X-Amz-Signature=" in url or "Signature=" in url
    assert default_storage.querystring_expire <= 300


def test_deleting_a_resource_removes_the_object(
    cast, client_as, django_capture_on_commit_callbacks
):
    client = client_as("lead")
    resource = upload(client, cast.project)
    key = object_key(resource)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/projects/{cast.project.slug}/resources/{resource.pk}/delete/")
    listing = s3_client().list_objects_v2(Bucket=default_storage.bucket_name, Prefix=key)
    assert listing.get("KeyCount", 0) == 0
