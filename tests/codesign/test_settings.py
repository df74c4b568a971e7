"""Settings are read in a fresh process, as they would be on a server."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "k3y-" + "x7Qp9vLm2ZrT8wYb4NcF6hJd1sKg5AeU0oIiRtWq" * 2,
    "ALLOWED_HOSTS": "codesign.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://codesign.example.org",
    "EMAIL_HOST": "smtp.example.org",
    "TASK_BACKEND": "database",
    "CACHE_URL": "redis://cache.example.org:6379/0",
    "MEDIA_STORAGE": "s3",
    "S3_BUCKET": "codesign-files",
    "S3_ENDPOINT_URL": "https://objects.example.org",
    # Open Badges' own signing key (a fresh one: any Ed25519 key in PEM form does).
    "CREDENTIAL_SIGNING_KEY": ed25519.Ed25519PrivateKey.generate()
    .private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    .decode(),
}


def manage(*args, env):
    # Only what a shell needs: none of the test suite's own settings leak in.
    clean = {k: os.environ[k] for k in ("PATH", "HOME", "LANG") if k in os.environ}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.slow
def test_check_deploy_is_clean_with_production_values():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_when_email_would_go_nowhere():
    env = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_HOST"}
    result = manage("check", "--deploy", env=env)
    assert "codesign.W001" in result.stderr + result.stdout


def test_check_deploy_warns_when_the_cache_is_inside_each_process():
    result = manage("check", "--deploy", env={**PRODUCTION, "CACHE_URL": "local"})
    assert "codesign.W003" in result.stderr + result.stdout
    result = manage("check", "--deploy", env={**PRODUCTION, "CACHE_URL": "database"})
    assert "codesign.W003" not in result.stderr + result.stdout


def test_check_deploy_warns_when_badges_are_signed_with_a_key_from_secret_key():
    env = {k: v for k, v in PRODUCTION.items() if k != "CREDENTIAL_SIGNING_KEY"}
    result = manage("check", "--deploy", env=env)
    assert "codesign.W004" in result.stderr + result.stdout


def test_secret_key_is_required_when_debug_is_off():
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_mistyped_boolean_stops_start_up_with_a_clear_message():
    result = manage("check", env={**PRODUCTION, "DEBUG": "ture"})
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_debug_is_off_unless_asked_for():
    env = {k: v for k, v in PRODUCTION.items() if k != "DEBUG"}
    code = "from django.conf import settings; print(settings.DEBUG)"
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.strip() == "False", result.stderr


def test_database_url_selects_postgresql():
    env = {**PRODUCTION, "DATABASE_URL": "postgres://someone@db.example.org:5432/codesign"}
    code = "from django.conf import settings; d = settings.DATABASES['default']; "
    code += "print(d['ENGINE'], d['HOST'], d['NAME'])"
    result = manage("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "db.example.org",
        "codesign",
    ], result.stderr


def test_sqlite_is_the_default_and_time_is_london():
    code = "from django.conf import settings; "
    code += (
        "print(settings.DATABASES['default']['ENGINE'], settings.TIME_ZONE, settings.LANGUAGE_CODE)"
    )
    result = manage("shell", "--no-imports", "-c", code, env={"DEBUG": "true"})
    assert result.stdout.split() == ["django.db.backends.sqlite3", "Europe/London", "en-gb"]


def test_production_cookies_are_secure_and_hsts_is_on():
    code = "from django.conf import settings as s; "
    code += "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS > 0, "
    code += "s.SECURE_SSL_REDIRECT)"
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION)
    assert result.stdout.split() == ["True", "True", "True", "True"], result.stderr


def test_each_test_worker_empties_a_redis_database_of_its_own_that_exists():
    from tests.settings import _redis_database_for_worker

    assert _redis_database_for_worker("redis://127.0.0.1:6379/3", "main").endswith("/3")
    assert _redis_database_for_worker("redis://127.0.0.1:6379/3", "gw0").endswith("/3")
    assert _redis_database_for_worker("redis://127.0.0.1:6379/3", "gw1").endswith("/4")
    # Redis has databases 0 to 15: the sixteenth goes round to 1, never to 0.
    assert _redis_database_for_worker("redis://127.0.0.1:6379/15", "gw1").endswith("/1")
    assert _redis_database_for_worker("redis://127.0.0.1:6379/14", "gw3").endswith("/2")
