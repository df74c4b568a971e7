"""An outcome's photos beyond its pages: the admin site and deleted accounts."""

import pytest
from django.core.files.storage import default_storage
from django.test import Client

from participants.services.account import user_delete
from projects.models import Outcome, OutcomePhoto
from tests.factories import UserFactory
from tests.projects.outcome_data import PHOTO_ALT, add_outcome, add_photo


@pytest.fixture
def admin(db):
    client = Client()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def photo(cast):
    return add_photo(add_outcome(cast.project, cast.lead), cast.facilitator)


def test_the_admin_shows_what_is_known_about_a_photo_but_never_the_photo(admin, photo):
    body = admin.get(f"/admin/projects/outcome/{photo.outcome.pk}/change/").content.decode()
    assert PHOTO_ALT in body and "Facilitator" in body
    assert "outcomes/" not in body and "/photos/" not in body
    assert 'type="file"' not in body


def test_deleting_an_outcome_in_the_admin_removes_its_photos_files(
    admin, photo, django_capture_on_commit_callbacks
):
    names = [photo.image.name, photo.thumbnail.name]
    assert all(default_storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(
            f"/admin/projects/outcome/{photo.outcome.pk}/delete/", {"post": "yes"}
        )
    assert response.status_code == 302
    assert not Outcome.objects.exists() and not OutcomePhoto.objects.exists()
    assert not any(default_storage.exists(name) for name in names)


def test_deleting_outcomes_in_bulk_in_the_admin_removes_their_photos_files(
    admin, cast, django_capture_on_commit_callbacks
):
    photos = [add_photo(add_outcome(cast.project, cast.lead), cast.lead) for _ in range(2)]
    names = [stored.name for p in photos for stored in (p.image, p.thumbnail)]
    with django_capture_on_commit_callbacks(execute=True):
        admin.post(
            "/admin/projects/outcome/",
            {
                "action": "delete_selected",
                "_selected_action": [p.outcome.pk for p in photos],
                "post": "yes",
            },
        )
    assert not OutcomePhoto.objects.exists()
    assert not any(default_storage.exists(name) for name in names)


def test_a_deleted_account_leaves_the_photo_without_who_uploaded_it(cast, photo):
    user_delete(user=cast.facilitator)
    photo.refresh_from_db()
    assert photo.uploaded_by is None and photo.alt_text == PHOTO_ALT
    assert default_storage.exists(photo.image.name)
