"""A file store that refuses or hangs: uploads say so in plain words and keep what was typed,
nothing half-saved is left, and /healthz still answers in time, naming the store."""

import json
import socket
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from codesign.runtime.file_store import STORE_DOWN_MESSAGE, FileStoreUnavailable, FileSystemStorage
from codesign.runtime.infrastructure import media_storage_from_env
from projects.models import Resource
from sessions.models import Claim, Expense, SessionPhoto
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.conftest import make_session
from tests.sessions.payments import add_rate, came_to, claim_url, receipt_pdf, receipt_photo

# The message as the page shows it (apostrophes and colons as they are).
SHOWN = "We could not save your file just now, so nothing has been saved yet."


def store_at(monkeypatch, address, **waits):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "codesign-test")
    monkeypatch.setenv("S3_ENDPOINT_URL", address)
    monkeypatch.setenv("S3_REGION", "us-east-1")
    monkeypatch.setenv("S3_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("S3_SECRET_ACCESS_KEY", "test")
    for name, seconds in waits.items():
        monkeypatch.setenv(name, str(seconds))
    storages = {
        "default": media_storage_from_env(),
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    return override_settings(STORAGES=storages)


@pytest.fixture
def store_refuses(monkeypatch):
    """A store whose address has nothing listening: every connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with store_at(monkeypatch, f"http://127.0.0.1:{port}"):
        yield


@pytest.fixture
def store_hangs(monkeypatch):
    """A store that takes connections and never answers, with waits of a second."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        address = f"http://127.0.0.1:{sock.getsockname()[1]}"
        with store_at(monkeypatch, address, S3_CONNECT_TIMEOUT=1, S3_READ_TIMEOUT=1):
            yield


def test_a_claim_with_a_receipt_is_shown_again_with_what_was_typed(store_refuses, cast, client_as):
    young = cast.participants["young_person"]
    add_rate(cast.project, pence=1500)
    session = came_to(young)
    response = client_as("young_person").post(
        claim_url(cast.project, f"sessions/{session.pk}/claim/"),
        {
            "minutes": "75",
            "route": "voucher",
            "travel": "4.60",
            "travel_receipt": receipt_photo(),
            "other": "3.25",
            "other_what": "Printing the map at the library",
            "other_receipt": receipt_pdf(),
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert SHOWN in page
    assert 'value="75"' in page and 'value="4.60"' in page and 'value="3.25"' in page
    assert "Printing the map at the library" in page
    assert not Claim.objects.exists() and not Expense.objects.exists()


def test_a_session_photo_is_refused_in_plain_words_and_the_description_kept(
    store_refuses, cast, client_as
):
    session = make_session(cast.project)
    response = client_as("facilitator").post(
        f"/projects/{cast.project.slug}/sessions/{session.pk}/photos/new/",
        {
            "image": SimpleUploadedFile("map.jpg", jpeg_with_gps(), content_type="image/jpeg"),
            "alt_text": "A paper map of Oban with post-it notes",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert SHOWN in page
    assert "A paper map of Oban with post-it notes" in page
    assert not SessionPhoto.objects.exists()


def test_a_shared_file_is_refused_in_plain_words_and_its_title_kept(store_refuses, cast, client_as):
    response = client_as("lead").post(
        f"/projects/{cast.project.slug}/resources/new/",
        {
            "title": "Minutes of the first session",
            "description": "Who came and what we agreed.",
            "file": SimpleUploadedFile("minutes.txt", b"We met.\n", content_type="text/plain"),
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert SHOWN in page
    assert "Minutes of the first session" in page and "Who came and what we agreed." in page
    assert not Resource.objects.exists()


def test_the_message_says_what_happened_and_what_to_do(store_refuses):
    assert "nothing has been saved" in STORE_DOWN_MESSAGE
    assert "try again" in STORE_DOWN_MESSAGE and "choose the file again" in STORE_DOWN_MESSAGE


@pytest.mark.slow
def test_an_upload_to_a_store_that_hangs_gives_up_in_seconds(store_hangs, cast, client_as):
    started = time.monotonic()
    response = client_as("lead").post(
        f"/projects/{cast.project.slug}/resources/new/",
        {
            "title": "Minutes",
            "file": SimpleUploadedFile("minutes.txt", b"We met.\n", content_type="text/plain"),
        },
    )
    took = time.monotonic() - started
    assert response.status_code == 200 and SHOWN in response.content.decode()
    # Two tries of a second each, and the pause between them: far from gunicorn's 30 s.
    assert took < 8, took


@pytest.mark.slow
def test_healthz_answers_in_time_and_names_the_store_that_hangs(store_hangs, db, client):
    for _ in range(3):  # the store is still being asked from the first time: no pile-up
        started = time.monotonic()
        response = client.get("/healthz")
        took = time.monotonic() - started
        assert took < 2, took
        assert response.status_code == 503
        report = json.loads(response.content)
        assert report == {"status": "failed", "database": "ok", "cache": "ok", "storage": "failed"}


def test_healthz_names_a_store_that_refuses(store_refuses, db, client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["storage"] == "failed"


def test_a_disk_that_will_not_take_the_file_says_so_too(tmp_path):
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the folder should be")
    storage = FileSystemStorage(location=not_a_folder)
    with pytest.raises(FileStoreUnavailable, match="nothing has been saved"):
        storage.save("notes/minutes.txt", ContentFile(b"We met.\n"))
