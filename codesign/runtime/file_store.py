"""The file store as something that can fail without taking a page down with it.

The S3 client waits a bounded time: a store that hangs is given up on after at most
S3_MAX_ATTEMPTS × (S3_CONNECT_TIMEOUT or S3_READ_TIMEOUT) seconds, well under gunicorn's worker
timeout, so a few uploads can no longer hold every worker until it is killed.
"""

from botocore.config import Config


def s3_client_config(*, addressing_style, connect_timeout, read_timeout, max_attempts):
    """The S3 client's settings. django-storages uses client_config instead of building its
    own, so the addressing style it would have set goes in here too."""
    return Config(
        s3={"addressing_style": addressing_style},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"mode": "standard", "total_max_attempts": max_attempts},
    )
