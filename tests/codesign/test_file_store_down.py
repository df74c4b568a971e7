"""A file store that refuses or hangs: /healthz still answers in time, naming the store."""

import json
import socket
import time

import pytest
from django.test import override_settings

from codesign.runtime.infrastructure import media_storage_from_env


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
