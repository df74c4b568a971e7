"""The shared services a web process talks to: the cache and the file store.

Both are chosen by environment variables and parsed strictly, like every other setting, so
a typo stops start-up instead of quietly leaving each server with its own private copy.
"""

from urllib.parse import urlsplit

from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.exceptions import ImproperlyConfigured
from django.utils.connection import ConnectionProxy

from codesign.env import env_choice, env_int, env_str
from codesign.runtime.file_store import s3_client_config

LOCAL_CACHE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
PER_PROCESS_CACHES = frozenset({LOCAL_CACHE["BACKEND"]})


def cache_from_env(name="CACHE_URL"):
    """`local` (this process only), `database`, or a `redis://` / `rediss://` address."""
    if env_str("CACHE"):
        raise ImproperlyConfigured(f"CACHE is now called {name}: rename it (same values).")
    raw = env_str(name, "local")
    value = raw.lower()
    if value == "local":
        return dict(LOCAL_CACHE)
    if value == "database":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "codesign_cache",
        }
    parts = urlsplit(raw)
    if parts.scheme in {"redis", "rediss"} and parts.hostname:
        return {
            # Carries on in each process's memory while Redis is down: see its docstring.
            "BACKEND": "codesign.runtime.cache.FailSoftRedisCache",
            "LOCATION": raw,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "codesign"),
            # Redis answers in well under a millisecond: a second means it is not answering.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    # The value is not repeated: an address may carry a password.
    raise ImproperlyConfigured(
        f"{name} must be local, database or a redis:// address such as redis://127.0.0.1:6379/0."
    )


def shared_cache_answers(cache):
    """True when `cache` is one every web process shares and it is answering now: only then
    may it hold what decides who someone is (sessions, the signed-in user), since a change
    made in one process must be seen by all of them at once."""
    if isinstance(cache, ConnectionProxy):
        # `django.core.cache.cache` stands in for the default cache: judge the cache itself.
        cache = caches[DEFAULT_CACHE_ALIAS]
    backend = f"{type(cache).__module__}.{type(cache).__qualname__}"
    return backend not in PER_PROCESS_CACHES and not getattr(cache, "is_failing", False)


def media_storage_from_env():
    """Where uploads are kept: `local` disk (the default) or an S3-compatible object store.

    Files in the bucket are private: no public ACL is ever set, and any address the storage
    makes for a file is signed and short-lived. People reach files only through the views
    that check who is asking.
    """
    kind = env_choice("MEDIA_STORAGE", {"local", "s3"}, "local")
    if kind == "local":
        return {"BACKEND": "codesign.runtime.file_store.FileSystemStorage"}
    bucket = env_str("S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("S3_BUCKET must be set when MEDIA_STORAGE is s3.")
    endpoint = env_str("S3_ENDPOINT_URL") or None
    if endpoint and urlsplit(endpoint).scheme not in {"http", "https"}:
        raise ImproperlyConfigured(
            f"S3_ENDPOINT_URL must start with https:// (or http://), not {endpoint!r}."
        )
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": env_str("S3_REGION") or None,
        "access_key": env_str("S3_ACCESS_KEY_ID") or None,
        "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
        "location": env_str("S3_PREFIX").strip("/"),
        # Waits and retries bounded well under gunicorn's worker timeout (30 s by default).
        "client_config": s3_client_config(
            addressing_style=env_choice("S3_ADDRESSING_STYLE", {"auto", "path", "virtual"}, "auto"),
            connect_timeout=env_int("S3_CONNECT_TIMEOUT", 2, minimum=1),
            read_timeout=env_int("S3_READ_TIMEOUT", 5, minimum=1),
            max_attempts=env_int("S3_MAX_ATTEMPTS", 2, minimum=1),
        ),
        # Never a public ACL; the bucket's own (private) default applies.
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": env_int("S3_SIGNED_URL_SECONDS", 60, minimum=1),
        "file_overwrite": False,
    }
    return {"BACKEND": "codesign.runtime.file_store.S3Storage", "OPTIONS": options}
