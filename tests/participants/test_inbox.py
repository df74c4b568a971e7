"""The inbox: every message lands there first, with what to do and a link to do it; the
header counts the unread ones; opening one marks it read and goes where it points."""

import pytest
from django.urls import reverse

from participants.models import Notification, User
from participants.notify import notify
from tests.factories import UserFactory
from tests.helpers import assert_query_budget

INBOX = "/me/messages/"


def _tell(user, n=1, **fields):
    for i in range(n):
        notify(user=user, subject=f"Message {i}", body="Something happened.", **fields)


def _open_url(note):
    return reverse("me:message_open", kwargs={"pk": note.pk})


def _unread(user):
    return User.objects.get(pk=user.pk).unread_messages


def test_a_message_lands_in_the_inbox_unread_with_what_to_do(cast, client_as):
    _tell(cast.young_person, link="/projects/care-leavers/sessions/", action="Say if you can come")
    assert _unread(cast.young_person) == 1
    body = client_as("young_person").get(INBOX).content.decode()
    assert "Message 0" in body and "Something happened." in body
    assert "Say if you can come" in body and "You have 1 unread." in body


def test_the_header_counts_unread_messages_on_every_page(cast, client_as):
    _tell(cast.young_person, n=3)
    body = client_as("young_person").get("/me/").content.decode()
    assert 'unread-count">3<span class="visually-hidden"> unread</span>' in body


def test_someone_without_email_still_gets_every_message_in_the_inbox(cast, client):
    jay = UserFactory(email=None, username="jay458", display_name="Jay")
    notify(user=jay, subject="A place is free for you", body="It is yours.", essential=True)
    client.force_login(jay)
    body = client.get(INBOX).content.decode()
    assert "A place is free for you" in body and "is-important" in body


def test_opening_a_message_marks_it_read_and_goes_where_it_points(cast, client_as):
    _tell(cast.young_person, link="/projects/care-leavers/", action="Go to the project")
    note = Notification.objects.get()
    response = client_as("young_person").post(_open_url(note))
    assert response.status_code == 302 and response["Location"] == "/projects/care-leavers/"
    note.refresh_from_db()
    assert note.read_at is not None and _unread(cast.young_person) == 0


def test_opening_a_message_twice_changes_nothing_more(cast, client_as):
    _tell(cast.young_person)
    note = Notification.objects.get()
    client = client_as("young_person")
    client.post(_open_url(note))
    first = Notification.objects.get().read_at
    client.post(_open_url(note))
    assert Notification.objects.get().read_at == first and _unread(cast.young_person) == 0


def test_a_message_pointing_off_the_site_is_only_marked_read(cast, client_as):
    _tell(cast.young_person, link="https://example.com/somewhere", action="Go")
    note = Notification.objects.get()
    response = client_as("young_person").post(_open_url(note))
    assert response["Location"] == INBOX
    assert _unread(cast.young_person) == 0


def test_someone_elses_message_is_not_found_and_stays_unread(cast, client_as):
    _tell(cast.staff)
    note = Notification.objects.get()
    assert client_as("young_person").post(_open_url(note)).status_code == 404
    assert Notification.objects.get().read_at is None and _unread(cast.staff) == 1


def test_a_message_that_does_not_exist_is_not_found(cast, client_as):
    assert client_as("young_person").post("/me/messages/999999/open/").status_code == 404


def test_mark_all_as_read(cast, client_as):
    _tell(cast.young_person, n=4)
    _tell(cast.staff)
    client_as("young_person").post(reverse("me:messages_read"))
    assert not Notification.objects.filter(user=cast.young_person, read_at=None).exists()
    assert _unread(cast.young_person) == 0 and _unread(cast.staff) == 1


def test_only_the_person_sees_their_messages(cast, client_as):
    _tell(cast.staff)
    body = client_as("young_person").get(INBOX).content.decode()
    assert "Message 0" not in body and "No messages yet" in body


def test_the_inbox_is_for_signed_in_people_only(client, db):
    response = client.get(INBOX)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("url", [INBOX])
def test_the_inbox_refuses_other_methods(cast, client_as, url):
    assert client_as("young_person").post(url).status_code == 405


def test_open_and_read_all_refuse_a_get(cast, client_as):
    _tell(cast.young_person)
    note = Notification.objects.get()
    client = client_as("young_person")
    assert client.get(_open_url(note)).status_code == 405
    assert client.get(reverse("me:messages_read")).status_code == 405
    assert _unread(cast.young_person) == 1


def test_newest_first_fifty_a_page(cast, client_as):
    _tell(cast.young_person, n=53)
    first = client_as("young_person").get(INBOX)
    assert first.context["page"].paginator.count == 53
    assert [n.subject for n in first.context["page"]][:2] == ["Message 52", "Message 51"]
    assert len(first.context["page"]) == 50


def test_query_budget(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        have = Notification.objects.filter(user=cast.young_person).count()
        _tell(cast.young_person, n=n - have, project=cast.project, link="/me/", action="Look")

    # The session and user, the header's projects, the count and the page of messages with
    # their projects.
    assert_query_budget(fetch=lambda: client.get(INBOX), grow=grow, budget=5)
