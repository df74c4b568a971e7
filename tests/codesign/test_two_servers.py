"""Two gunicorn servers sharing PostgreSQL, Redis and the object store serve one person as if
they were one: a file uploaded through one downloads through the other, and wrong join codes
sent to both count towards one limit. Runs on the PostgreSQL pass of CI, where the cache is
Redis and uploads go to the local S3-compatible server."""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from participants.identity.wrong_codes import LIMIT as WRONG_CODE_LIMIT
from projects.models import Resource
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(
        not settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
        or not settings.STORAGES["default"]["BACKEND"].endswith("S3Storage"),
        reason="needs CACHE_URL=redis://… and MEDIA_STORAGE=s3",
    ),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def start_server(port):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "LOG_LEVEL": "warning",
    }
    return subprocess.Popen(
        [str(GUNICORN), "-c", "gunicorn.conf.py", "codesign.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_until_healthy(http, base, process):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(process.stderr.read().decode()[-2000:])
        try:
            if http.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{base} did not become healthy")


@pytest.fixture
def servers(transactional_db):
    import requests

    processes, bases = [], []
    try:
        for _ in range(2):
            port = free_port()
            processes.append(start_server(port))
            bases.append(f"http://127.0.0.1:{port}")
        with requests.Session() as http:
            for base, process in zip(bases, processes, strict=True):
                wait_until_healthy(http, base, process)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def session_for(user):
    import requests

    client = Client()
    client.force_login(user)
    http = requests.Session()
    http.cookies.set(
        settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value
    )
    return http


def csrf_token(http, url):
    page = http.get(url, timeout=10)
    assert page.status_code == 200, page.status_code
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def test_a_file_uploaded_through_one_server_downloads_through_the_other(servers):
    first, second = servers
    project = ProjectFactory(slug="two-servers")
    lead = UserFactory(email="lead@example.org")
    ParticipantFactory(project=project, user=lead, role="lead")
    http = session_for(lead)
    new_url = f"{first}/projects/{project.slug}/resources/new/"
    content = b"Notes written on one server, read on the other.\n"
    response = http.post(
        new_url,
        data={"title": "Notes", "csrfmiddlewaretoken": csrf_token(http, new_url)},
        files={"file": ("notes.txt", content, "text/plain")},
        allow_redirects=False,
        timeout=20,
    )
    assert response.status_code == 302, response.text[:500]
    resource = Resource.objects.get(project=project, title="Notes")

    download = http.get(
        f"{second}/projects/{project.slug}/resources/{resource.pk}/download/", timeout=20
    )
    assert download.status_code == 200
    assert download.content == content
    assert "private" in download.headers["Cache-Control"]


def test_wrong_join_codes_spread_over_both_servers_meet_one_limit(servers):
    import requests

    answers = []
    with requests.Session() as http:
        for attempt in range(25):
            base = servers[attempt % 2]
            answers.append(http.get(f"{base}/join/KXPT-7HWQ/", timeout=10).status_code)
    assert answers[:WRONG_CODE_LIMIT] == [404] * WRONG_CODE_LIMIT
    assert answers[WRONG_CODE_LIMIT:] == [429] * (25 - WRONG_CODE_LIMIT)
