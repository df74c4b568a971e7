"""Pages kept whole for the person who asked (projects/views/kept_pages.py): read back with
almost no work, never shown to anyone else, and never older than the project's data or the
person's account. Every kept page is held to each rule; a page newly kept joins by itself."""

import re

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache.backends.locmem import LocMemCache
from django.db import connection
from django.http import HttpRequest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve
from django.utils import timezone

from participants.models import User
from participants.notify import notify
from participants.services.membership import participant_mark_left
from projects.models import Project
from projects.roles import Role
from projects.views.kept_pages import KEPT_PAGES, _project_of_member
from tests.codesign import test_signed_in_cache as signed_in_cache
from tests.codesign import test_url_sweep as sweep
from tests.codesign.test_signed_in_cache import FailingRedis, cache_settings
from tests.factories import ParticipantFactory, UserFactory

# Pages of one's own, shown to a young person; every other kept page is a project's, asked for
# by its lead.
OWN_PAGES = {"my-projects", "my-page", "my-messages", "my-certificate", "my-hours"}


def kept_url_names():
    """Each kept page's URL name, found from the views the URL patterns route to."""
    names = {}
    for name, route in sweep._patterns():
        callback = _view_of(route)
        if getattr(callback, "kept_page", None) and not hasattr(callback, "kept_for_visitors"):
            names[callback.kept_page] = name
    return names


def _view_of(route):
    """The view a route leads to, found with made-up values for its parts."""
    path = "/" + route
    while "<" in path:
        start, end = path.index("<"), path.index(">")
        value = "1" if path[start:end].startswith("<int:") else "x"
        path = path[:start] + value + path[end + 1 :]
    try:
        return resolve(path).func
    except Resolver404:
        return None


# One real object of each kind a URL can name, and a cache every process shares.
things = sweep.things
shared = signed_in_cache.shared

KEPT = kept_url_names()


def viewer_of(kept, cast):
    return cast.young_person if kept in OWN_PAGES else cast.lead


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def fetch(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode(), len(captured.captured_queries)


def test_the_pages_kept_are_the_heavy_lists_and_a_persons_own_pages():
    assert set(KEPT) | {"public-page"} == set(KEPT_PAGES)
    assert {"people", "support-needs", "sessions", "session", "claims-queue", "overview"} <= set(
        KEPT
    )


@pytest.mark.parametrize("kept", sorted(KEPT))
def test_each_kept_page_is_quick_its_viewers_own_and_fresh_after_a_write(
    cast, things, shared, kept
):
    first = viewer_of(kept, cast)
    role = Role.YOUNG_PERSON if kept in OWN_PAGES else Role.LEAD
    second = ParticipantFactory(project=cast.project, role=role, user=UserFactory()).user
    for word in ("One", "Two"):
        notify(user=first, subject=word, body="For the first person only.")
    url = sweep._url(KEPT[kept], cast, things)
    clients = signed_in(first), signed_in(second)
    counts = [unread_shown(user) for user in (first, second)]
    assert counts[0] != counts[1]
    for client in clients:
        client.get(url)  # the form-token cookie, as a browser holds it after its first page

    # Read back with almost no work: the session and account come from the cache; the
    # project's version, and whether the viewer may see it, are read each time, in one query.
    made, _ = fetch(clients[0], url)
    again, queries = fetch(clients[0], url)
    assert without_tokens(again) == without_tokens(made) and queries <= 1

    # Never shown to someone else, even in the same role: each sees their own header.
    for _ in range(2):
        for client, count in zip(clients, counts, strict=True):
            assert count in fetch(client, url)[0]

    # A write is seen at once.
    if kept == "my-messages":
        notify(user=first, subject="The map is ready", body="Come and see.")
        assert "The map is ready" in fetch(clients[0], url)[0]
        return
    project = Project.objects.get(pk=cast.project.pk)
    project.title = "Support that care leavers shaped"
    project.save()
    assert "Support that care leavers shaped" in fetch(clients[0], url)[0]


TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')


def without_tokens(html):
    """The page with its form tokens, masked afresh for every response, left out."""
    return TOKEN.sub("", html)


def test_a_kept_pages_form_tokens_are_masked_afresh_and_still_accepted(cast, shared):
    client = signed_in(cast.lead)
    url = f"/projects/{cast.project.slug}/stage/"
    client.get(url)
    pages = [fetch(client, url) for _ in range(3)]
    assert pages[-1][1] <= 2  # read back
    # One token a response (its forms share it), never the same twice.
    tokens = [set(TOKEN.findall(html)) for html, _ in pages]
    assert all(len(each) == 1 for each in tokens)
    assert len(set.union(*tokens)) == len(pages)
    secret = client.cookies["csrftoken"].value
    assert {_unmask_cipher_token(token) for token in set.union(*tokens)} == {secret}


def unread_shown(user):
    """How the header shows the person's unread count."""
    unread = User.objects.get(pk=user.pk).unread_messages
    return f'unread-count">{unread}<' if unread else 'href="/me/messages/">Messages</a>'


def test_the_kept_pages_check_of_who_may_see_a_project_is_the_rule_itself(cast):
    project = cast.project
    for who, user in cast.users.items():
        kept_says = _project_of_member(project.slug, user) is not None
        assert kept_says == user.has_perm("projects.view_project", project), who
    staff = UserFactory(is_staff=True)
    assert _project_of_member(project.slug, staff) is None
    assert not staff.has_perm("projects.view_project", project)


def people_url(cast):
    return f"/projects/{cast.project.slug}/people/"


def people_page_kept_for_the_lead(cast):
    """The lead's client and the People page, once it has been kept for them."""
    client = signed_in(cast.lead)
    url = people_url(cast)
    client.get(url)
    fetch(client, url)
    return client, url


def test_someone_removed_from_the_project_is_refused_at_once(cast, shared):
    client = signed_in(cast.staff)
    url = f"/projects/{cast.project.slug}/"
    client.get(url)
    fetch(client, url)
    participant_mark_left(participant=cast.participants["staff"], by=cast.lead)
    assert client.get(url).status_code == 404


def test_an_outsider_never_gets_a_kept_page(cast, shared):
    _, url = people_page_kept_for_the_lead(cast)
    assert signed_in(cast.outsider).get(url).status_code == 404


def test_a_page_with_a_message_is_made_afresh_and_shows_it(cast, shared):
    client, url = people_page_kept_for_the_lead(cast)
    before, _ = fetch(client, url)
    # A message waiting to be shown, as a page that has just saved something leaves one.
    storage = CookieStorage(HttpRequest())
    client.cookies["messages"] = storage._encode([Message(constants.SUCCESS, "Jay is invited.")])
    shown, queries = fetch(client, url)
    assert "Jay is invited." in shown and queries > 2
    # Shown once: the next request is read back again, without it.
    again, queries = fetch(client, url)
    assert "Jay is invited." not in again and queries <= 2
    assert without_tokens(again) == without_tokens(before)


def test_time_alone_makes_a_page_afresh_within_a_minute(cast, shared, monkeypatch):
    now = timezone.now().replace(second=5, microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: now)
    client, url = people_page_kept_for_the_lead(cast)
    assert fetch(client, url)[1] <= 2
    later = now + timezone.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert fetch(client, url)[1] > 2


def test_htmx_asks_are_never_kept(cast, shared):
    client, url = people_page_kept_for_the_lead(cast)
    with CaptureQueriesContext(connection) as captured:
        client.get(url, HTTP_HX_REQUEST="true")
    assert len(captured.captured_queries) > 2


@pytest.mark.parametrize("backend", [LocMemCache, FailingRedis])
def test_a_cache_that_is_not_shared_or_not_answering_keeps_nothing(cast, backend):
    with cache_settings(backend):
        client, url = people_page_kept_for_the_lead(cast)
        assert fetch(client, url)[1] > 2


def test_a_browser_without_a_form_token_cookie_is_never_given_a_kept_page(cast, shared):
    client, url = people_page_kept_for_the_lead(cast)
    client.cookies.pop("csrftoken")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200 and "csrftoken" in response.cookies
    assert len(captured.captured_queries) > 2


def test_a_public_page_is_kept_alike_for_everyone_signed_out_and_fresh_after_a_write(cast, shared):
    project = Project.objects.get(pk=cast.project.pk)
    project.is_public = True
    project.save()
    url = f"/p/{project.slug}/"
    made, _ = fetch(Client(), url)
    again, queries = fetch(Client(), url)
    assert again == made and queries <= 1
    project.title = "Support that care leavers shaped"
    project.save()
    assert "Support that care leavers shaped" in fetch(Client(), url)[0]
    # Someone signed in gets a page of their own, with their own header.
    member, queries = fetch(signed_in(cast.lead), url)
    assert "Sign out" in member and queries > 1
    assert "Sign out" not in fetch(Client(), url)[0]


def test_a_project_made_private_is_gone_from_its_kept_public_page_at_once(cast, shared):
    project = Project.objects.get(pk=cast.project.pk)
    project.is_public = True
    project.save()
    url = f"/p/{project.slug}/"
    fetch(Client(), url)
    project.is_public = False
    project.save()
    assert Client().get(url).status_code == 404
