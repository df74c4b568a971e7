"""Settings for the test suite: the real settings, with the few changes tests need."""

import os

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
# One folder per test worker, so parallel runs never clean up each other's files.
MEDIA_ROOT = BASE_DIR / ".test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
# Texts are kept in codesign.texts.outbox, like email in mail.outbox.
TEXT_BACKEND = "codesign.texts.LocmemBackend"
