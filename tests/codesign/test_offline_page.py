"""/offline/: what any page not kept on the phone shows with no signal. The service worker
fetches it once, without cookies, so it names no one; the per-person key that names the store
of someone's kept pages says nothing about who they are."""

import re

from django.test import Client

from tests.factories import UserFactory

URL = "/offline/"


def test_it_works_for_anyone(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert '<h1 class="h2">You are offline</h1>' in body
    assert "/me/sessions/" in body and "/me/sign-in-card/" in body


def test_it_carries_no_person_key_so_showing_it_clears_nothing(client_as):
    body = client_as("young_person").get(URL).content.decode()
    assert 'name="codesign-user"' not in body
    assert "Young person" not in body
    assert "Your projects" not in body


def test_it_rejects_post(client, db):
    assert client.post(URL).status_code == 405


def user_key(client, path="/glossary/"):
    return client.get(path).context["offline_user_key"]


def test_a_visitor_has_no_key(client, db):
    assert user_key(client) == ""
    assert '<meta name="codesign-user" content="">' in client.get("/glossary/").content.decode()


def test_the_key_says_nothing_of_who_it_is_and_changes_at_each_sign_in(db):
    jay = UserFactory(email="jay@example.org", username="jay482")
    first, second = Client(), Client()
    first.force_login(jay)
    second.force_login(jay)
    key = user_key(first)
    assert key == user_key(first, "/me/messages/")
    assert key != user_key(second)
    page = first.get("/me/messages/").content.decode()
    assert f'<meta name="codesign-user" content="{key}">' in page
    # 24 hex digits, different for each sign-in of the same person: it cannot hold or stand
    # for their email or name, and it is not their id.
    assert re.fullmatch(r"[0-9a-f]{24}", key) and key != str(jay.pk)


def test_pages_for_someone_signed_in_are_still_never_kept_by_shared_caches(client_as):
    response = client_as("young_person").get("/me/messages/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
