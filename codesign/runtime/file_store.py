"""The file store as something that can fail without taking a page down with it.

Two things, both wired in by codesign.runtime.infrastructure:

- the S3 client waits a bounded time: a store that hangs is given up on after at most
  S3_MAX_ATTEMPTS × (S3_CONNECT_TIMEOUT or S3_READ_TIMEOUT) seconds, well under gunicorn's
  worker timeout, so a few uploads can no longer hold every worker until it is killed;
- saving a file that the store will not take raises FileStoreUnavailable, a ValidationError
  in plain words. Every upload page puts it on its form and shows the form again with what the
  person typed (projects.files.images.picture_upload does it for every kind of picture);
  the service's transaction is rolled back, so no row points at a file that was never kept.
"""

import logging

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from django.core.exceptions import ValidationError
from django.core.files import storage as django_storage
from storages.backends import s3

logger = logging.getLogger("codesign.runtime.file_store")

STORE_DOWN_MESSAGE = (
    "We could not save your file just now, so nothing has been saved yet. The place where we "
    "keep files is not answering. Please try again in a few minutes: what you typed is still "
    "here, but you need to choose the file again."
)
# Refused, timed out, unreachable, or an error answer from the store; a full or unwritable disk.
STORE_ERRORS = (BotoCoreError, ClientError, OSError)


class FileStoreUnavailable(ValidationError):
    """The file store did not take a file: nothing about it was kept. Show it on the form."""

    def __init__(self):
        super().__init__(STORE_DOWN_MESSAGE, code="file_store_unavailable")


def s3_client_config(*, addressing_style, connect_timeout, read_timeout, max_attempts):
    """The S3 client's settings. django-storages uses client_config instead of building its
    own, so the addressing style it would have set goes in here too."""
    return Config(
        s3={"addressing_style": addressing_style},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "total_max_attempts": max_attempts},
    )


class SaysWhenStoreFails:
    """A storage whose save() raises FileStoreUnavailable when the store does not take a file,
    whatever the store's own error: the page can then say so instead of failing."""

    def save(self, name, content, max_length=None):
        try:
            return super().save(name, content, max_length=max_length)
        except STORE_ERRORS as error:
            logger.error("The file store did not take a file: %s: %s", type(error).__name__, error)
            raise FileStoreUnavailable() from error


class S3Storage(SaysWhenStoreFails, s3.S3Storage):
    pass


class FileSystemStorage(SaysWhenStoreFails, django_storage.FileSystemStorage):
    pass
