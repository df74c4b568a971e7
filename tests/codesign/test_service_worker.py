"""/sw.js: the service worker, served from the root so it may look after every page, checked
for a new version whenever the browser asks, and the same for everyone."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from codesign.offline import views
from codesign.offline.views import SERVICE_WORKER, VERSION_MARK, service_worker_source

URL = "/sw.js"


def test_it_works_for_anyone(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache, max-age=0"
    assert 'self.addEventListener("fetch"' in response.content.decode()


def test_it_is_the_same_for_someone_signed_in(client_as):
    client = client_as("young_person")
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-cache, max-age=0"
    assert response.content.decode() == service_worker_source()


def test_it_rejects_post(client, db):
    assert client.post(URL).status_code == 405


def version():
    return re.search(r'const VERSION = "([0-9a-f]{12})";', service_worker_source()).group(1)


def test_its_caches_are_named_for_this_version():
    script = Path(finders.find(SERVICE_WORKER)).read_text()
    source = service_worker_source()
    assert VERSION_MARK in script and VERSION_MARK not in source
    assert "const SHELL = `${PREFIX}${VERSION}-shell`;" in source
    assert "const PRIVATE = `${PREFIX}${VERSION}-private-`;" in source
    assert version() == version()


def test_a_change_to_the_script_gets_a_new_version(tmp_path, monkeypatch):
    before = version()
    changed = tmp_path / "service-worker.js"
    changed.write_text(Path(finders.find(SERVICE_WORKER)).read_text() + "// changed\n")
    monkeypatch.setattr(views.finders, "find", lambda path: str(changed))
    assert version() != before


def test_a_change_to_the_pages_look_gets_a_new_version(settings):
    before = version()
    # In production each static file's name carries a hash of what it holds.
    settings.STATIC_URL = "/static/v2/"
    assert version() != before


def saved_pages():
    """The addresses the worker may keep, as it lists them."""
    block = re.search(r"const SAVED_PAGES = \[(.*?)\];", service_worker_source(), re.S).group(1)
    return [re.compile(pattern) for pattern in re.findall(r"/\^(.*?\$)/", block)]


def kept(path):
    return any(pattern.match(path) for pattern in saved_pages())


@pytest.mark.parametrize(
    "path",
    [
        "/me/sessions/",
        "/me/sign-in-card/",
        "/me/messages/",
        "/glossary/",
        "/projects/care-leavers/sessions/12/",
        "/projects/care-leavers/sessions/12/check-in/",
        "/projects/care-leavers/sessions/12/reply/",
        "/projects/care-leavers/sessions/12/notes/",
        "/projects/care-leavers/sessions/12/replies/record/",
    ],
)
def test_it_keeps_a_persons_own_pages_for_offline(path):
    assert kept(path)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/me/",
        "/me/data/",
        "/me/data.json",
        "/me/messages/3/open/",
        "/projects/care-leavers/",
        "/projects/care-leavers/people/",
        "/projects/care-leavers/sessions/",
        "/projects/care-leavers/sessions/12/attendance/",
        "/projects/care-leavers/sessions/12/sent-later/",
        "/projects/care-leavers/sessions/12/edit/",
        "/projects/care-leavers/sessions/12.ics",
        "/accounts/login/",
        "/offline/",
    ],
)
def test_it_keeps_no_other_page(path):
    assert not kept(path)


def test_the_pages_it_keeps_are_real_addresses():
    for path in [
        reverse("calendar:mine"),
        reverse("me:sign_in_card"),
        reverse("me:messages"),
        reverse("glossary"),
        reverse("sessions:detail", kwargs={"slug": "care-leavers", "pk": 12}),
        reverse("sessions:checkin", kwargs={"slug": "care-leavers", "pk": 12}),
        reverse("sessions:reply", kwargs={"slug": "care-leavers", "pk": 12}),
        reverse("sessions:notes", kwargs={"slug": "care-leavers", "pk": 12}),
        reverse("sessions:reply_record", kwargs={"slug": "care-leavers", "pk": 12}),
    ]:
        assert kept(path), path


def test_it_loads_the_outbox_it_sends_from():
    source = service_worker_source()
    assert 'importScripts("/static/js/outbox.js");' in source
    assert 'self.addEventListener("sync"' in source


def test_a_change_to_the_outbox_gets_a_new_version(tmp_path, monkeypatch):
    before = version()
    changed = tmp_path / "outbox.js"
    changed.write_text(Path(finders.find(views.OUTBOX)).read_text() + "// changed\n")
    found = views.finders.find
    monkeypatch.setattr(
        views.finders, "find", lambda path: str(changed) if path == views.OUTBOX else found(path)
    )
    assert version() != before
