"""Settings for the test suite: the real settings, with the few changes tests need."""

import os
from urllib.parse import urlsplit, urlunsplit

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-used-anywhere-real-0123456789")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_COOKIES", "false")
os.environ.setdefault("TASK_BACKEND", "immediate")

from codesign.settings import *  # noqa: F403

ALLOWED_HOSTS = ["*"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Texts are kept in codesign.texts.outbox, like email in mail.outbox.
TEXT_BACKEND = "codesign.texts.LocmemBackend"
# Texts go at once whatever the hour the suite runs; the tests of the quiet hours set them.
TEXT_QUIET_HOURS = None

# pytest-xdist names its workers gw0, gw1…; a run in one process is "main".
WORKER = os.environ.get("PYTEST_XDIST_WORKER") or "main"

# One folder per test worker, so parallel runs never clean up each other's files.
MEDIA_ROOT = BASE_DIR / ".test-media" / WORKER  # noqa: F405
if STORAGES["default"]["BACKEND"].endswith("S3Storage"):
    # The same in the bucket: each worker keeps its uploads under its own prefix.
    _options = STORAGES["default"]["OPTIONS"]
    STORAGES["default"] = {
        **STORAGES["default"],
        "OPTIONS": {**_options, "location": "/".join(filter(None, [_options["location"], WORKER]))},
    }


def _redis_database_for_worker(location, worker):
    """The Redis address with the database number moved up by the worker's number (gw1 uses
    the next database), since clearing the cache empties the whole database, not a prefix.

    Redis has databases 0 to 15 unless told otherwise; past 15 the count goes round to 1, so
    database 0 (left for a site running on the same machine) is never emptied by a test."""
    if not worker.startswith("gw"):
        return location
    parts = urlsplit(location)
    first = int(parts.path.strip("/") or 0)
    database = first + int(worker.removeprefix("gw"))
    if database > REDIS_LAST_DATABASE:
        database = 1 + (database - 1) % REDIS_LAST_DATABASE
    return urlunsplit(parts._replace(path=f"/{database}"))


REDIS_LAST_DATABASE = 15


_cache = CACHES["default"]  # noqa: F405
if _cache["BACKEND"].endswith("RedisCache"):
    _cache["LOCATION"] = _redis_database_for_worker(_cache["LOCATION"], WORKER)
