"""The cache and file store are chosen by environment variables, read strictly."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from codesign.runtime.infrastructure import cache_from_env, media_storage_from_env


def test_the_cache_is_local_by_default(monkeypatch):
    monkeypatch.delenv("CACHE_URL", raising=False)
    assert cache_from_env()["BACKEND"].endswith("LocMemCache")


def test_the_cache_can_be_the_database(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "database")
    assert cache_from_env() == {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "codesign_cache",
    }


@pytest.mark.parametrize(
    "url", ["redis://127.0.0.1:6379/3", "rediss://:secret@cache.example.org/0"]
)
def test_the_cache_can_be_redis(monkeypatch, url):
    monkeypatch.setenv("CACHE_URL", url)
    cache = cache_from_env()
    assert cache["BACKEND"] == "codesign.runtime.cache.FailSoftRedisCache"
    assert cache["LOCATION"] == url


def test_a_redis_that_hangs_is_given_up_on_within_a_second(monkeypatch):
    monkeypatch.setenv("CACHE_URL", "redis://127.0.0.1:6379/0")
    options = cache_from_env()["OPTIONS"]
    assert options["socket_connect_timeout"] <= 1
    assert options["socket_timeout"] <= 1


@pytest.mark.parametrize("url", ["memcached://127.0.0.1", "redis://", "locl", "127.0.0.1:6379"])
def test_a_cache_it_cannot_use_stops_start_up_without_showing_the_address(monkeypatch, url):
    monkeypatch.setenv("CACHE_URL", url + "/:hunter2")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL must be local, database or a redis"):
        cache_from_env()
    try:
        cache_from_env()
    except ImproperlyConfigured as error:
        assert "hunter2" not in str(error)


def test_the_old_name_of_the_setting_is_not_silently_ignored(monkeypatch):
    monkeypatch.setenv("CACHE", "database")
    with pytest.raises(ImproperlyConfigured, match="CACHE is now called CACHE_URL"):
        cache_from_env()


def test_files_are_on_local_disk_by_default(monkeypatch):
    monkeypatch.delenv("MEDIA_STORAGE", raising=False)
    assert media_storage_from_env()["BACKEND"] == "codesign.runtime.file_store.FileSystemStorage"


def test_s3_storage_is_private_and_signed(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "codesign-files")
    monkeypatch.setenv("S3_ENDPOINT_URL", "https://objects.example.org")
    storage = media_storage_from_env()
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == "codesign.runtime.file_store.S3Storage"
    assert options["bucket_name"] == "codesign-files"
    assert options["endpoint_url"] == "https://objects.example.org"
    assert options["default_acl"] is None
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] <= 300
    assert options["file_overwrite"] is False


def test_s3_storage_gives_up_well_before_gunicorn_kills_the_worker(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "codesign-files")
    monkeypatch.setenv("S3_ADDRESSING_STYLE", "path")
    config = media_storage_from_env()["OPTIONS"]["client_config"]
    assert config.retries == {"mode": "standard", "total_max_attempts": 2}
    worst = config.retries["total_max_attempts"] * max(config.connect_timeout, config.read_timeout)
    assert worst <= 15  # gunicorn's worker timeout is 30 s
    assert config.s3 == {"addressing_style": "path"}


@pytest.mark.parametrize("name", ["S3_CONNECT_TIMEOUT", "S3_READ_TIMEOUT", "S3_MAX_ATTEMPTS"])
def test_s3_waits_can_be_changed_but_not_to_nothing(monkeypatch, name):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "codesign-files")
    monkeypatch.setenv(name, "0")
    with pytest.raises(ImproperlyConfigured, match=f"{name} must be at least 1"):
        media_storage_from_env()


def test_s3_storage_needs_a_bucket(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.delenv("S3_BUCKET", raising=False)
    with pytest.raises(ImproperlyConfigured, match="S3_BUCKET must be set"):
        media_storage_from_env()


def test_a_storage_it_does_not_know_stops_start_up(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "ftp")
    with pytest.raises(ImproperlyConfigured, match="MEDIA_STORAGE must be one of local, s3"):
        media_storage_from_env()


def test_an_endpoint_must_be_a_web_address(monkeypatch):
    monkeypatch.setenv("MEDIA_STORAGE", "s3")
    monkeypatch.setenv("S3_BUCKET", "b")
    monkeypatch.setenv("S3_ENDPOINT_URL", "objects.example.org")
    with pytest.raises(ImproperlyConfigured, match="S3_ENDPOINT_URL must start with https://"):
        media_storage_from_env()
