"""/projects/<slug>/people/letters/: the lead prints the letters for people who chose post,
marks them posted, and sees the messages that could not be sent, with a number to phone."""

import io

import pytest
from pypdf import PdfReader

from participants.models import Delivery, Notification
from participants.notify import notify
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory
from tests.helpers import assert_query_budget

URL = "/projects/care-leavers/people/letters/"


def _letter_for(cast, name="Robyn", project=None):
    project = project or cast.project
    user = UserFactory(
        display_name=name, wants_letters=True, postal_address=f"{name}'s house\nOban PA34 4AA"
    )
    ParticipantFactory(project=project, user=user, role="young_person")
    note = notify(
        user=user,
        project=project,
        subject="The map session has moved",
        body="It is on Friday now.",
        essential=True,
    )
    return note.deliveries.get(channel="letter")


def _not_sent_for(cast, name="Sam"):
    user = UserFactory(display_name=name, mobile="07911 123456", wants_texts=True)
    note = Notification.objects.create(
        user=user, project=cast.project, subject="Cancelled", body=""
    )
    return Delivery.objects.create(
        notification=note, channel="text", to="+447911123456", status="not_sent"
    )


def test_the_lead_sees_letters_to_post_and_messages_not_sent(cast, client_as):
    _letter_for(cast)
    _not_sent_for(cast)
    body = client_as("lead").get(URL).content.decode()
    assert "1 letter to post" in body and "Robyn: The map session has moved" in body
    assert "Sam" in body and "07911 123456" in body


def test_the_letters_print_as_one_pdf_with_a_page_each(cast, client_as):
    _letter_for(cast, "Robyn")
    _letter_for(cast, "Alex")
    response = client_as("lead").get(URL + "print/")
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    pages = PdfReader(io.BytesIO(response.content)).pages
    assert len(pages) == 2
    assert "Robyn" in pages[0].extract_text() and "Alex" in pages[1].extract_text()


def test_printing_with_no_letters_says_so(cast, client_as):
    response = client_as("lead").get(URL + "print/", follow=True)
    assert "There are no letters to post." in response.content.decode()


def test_ticked_letters_are_marked_posted_and_leave_the_list(cast, client_as):
    first, second = _letter_for(cast, "Robyn"), _letter_for(cast, "Alex")
    response = client_as("lead").post(URL + "posted/", {"letter": [first.pk]}, follow=True)
    assert "Marked 1 letter as posted." in response.content.decode()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == "posted" and first.sent_at and second.status == "to_post"


def test_nothing_ticked_is_explained_and_changes_nothing(cast, client_as):
    letter = _letter_for(cast)
    response = client_as("lead").post(URL + "posted/", {"letter": ["x", "99999999"]}, follow=True)
    assert "Tick the letters you have posted" in response.content.decode()
    letter.refresh_from_db()
    assert letter.status == "to_post"


def test_another_projects_letters_cannot_be_marked_from_here(cast, client_as):
    other = ProjectFactory(slug="elsewhere")
    letter = _letter_for(cast, project=other)
    client_as("lead").post(URL + "posted/", {"letter": [letter.pk]})
    letter.refresh_from_db()
    assert letter.status == "to_post"


def test_the_lead_overview_counts_letters_and_messages_not_sent(cast, client_as):
    client = client_as("lead")
    assert "to print and post" not in client.get("/projects/care-leavers/").content.decode()
    _letter_for(cast)
    _not_sent_for(cast)
    from projects.freshness import project_changed

    project_changed(cast.project)  # as the services that wrote them do
    body = client.get("/projects/care-leavers/").content.decode()
    assert "1 letter to print and post" in body
    assert "1 message we could not send" in body


@pytest.mark.parametrize("path", ["", "print/"])
def test_visitors_are_sent_to_sign_in(cast, client, path):
    response = client.get(URL + path)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("path", ["", "print/"])
def test_outsiders_get_404(cast, client_as, path):
    assert client_as("outsider").get(URL + path).status_code == 404


@pytest.mark.parametrize("who", ["facilitator", "young_person", "local_lead", "staff", "manager"])
def test_other_roles_get_403(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "print/").status_code == 403
    assert client.post(URL + "posted/", {"letter": ["1"]}).status_code == 403


def test_wrong_methods_get_405(cast, client_as):
    client = client_as("lead")
    assert client.post(URL).status_code == 405
    assert client.post(URL + "print/").status_code == 405
    assert client.get(URL + "posted/").status_code == 405


def test_the_page_costs_the_same_queries_at_3_and_50_messages_not_sent(cast, client_as):
    client = client_as("lead")
    made = []

    def grow(n):
        while len(made) < n:
            made.append(_not_sent_for(cast, f"Person {len(made)}"))

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=12)
