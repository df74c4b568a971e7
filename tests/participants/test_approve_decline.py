"""A lead says yes, or "not for now", to people who asked to join with the link."""

import pytest
from django.core import mail

from tests.factories import ParticipantFactory, UserFactory


def url(person, action):
    return f"/projects/care-leavers/people/{person.pk}/{action}/"


@pytest.fixture
def sam(cast):
    return ParticipantFactory(
        project=cast.project,
        user=UserFactory(display_name="Sam", email="sam@example.org"),
        status="pending",
        joined_at=None,
    )


def test_a_lead_approves_and_the_person_is_in_and_told(cast, client_as, client, sam):
    response = client_as("lead").post(url(sam, "approve"), follow=True)
    assert "Sam is in. We have let them know." in response.content.decode()
    sam.refresh_from_db()
    assert sam.status == "active" and sam.joined_at is not None
    assert mail.outbox[-1].to == ["sam@example.org"]
    assert "You are in Support for care leavers" in mail.outbox[-1].subject
    client.force_login(sam.user)
    assert client.get("/projects/care-leavers/").status_code == 200


def test_saying_no_needs_no_reason_and_the_person_is_told_kindly(cast, client_as, client, sam):
    response = client_as("lead").post(url(sam, "decline"), follow=True)
    assert "not for now" in response.content.decode()
    sam.refresh_from_db()
    assert sam.status == "declined"
    message = mail.outbox[-1]
    assert message.to == ["sam@example.org"]
    assert "This is not a judgement about you." in message.body
    client.force_login(sam.user)
    assert (
        client.get("/projects/care-leavers/")["Location"]
        == "/projects/care-leavers/people/waiting/"
    )
    waiting = client.get("/projects/care-leavers/people/waiting/").content.decode()
    assert "Not for now" in waiting and "a lead can still say yes later" in waiting


def test_someone_told_not_for_now_can_be_approved_later(cast, client_as, sam):
    client_as("lead").post(url(sam, "decline"))
    body = client_as("lead").get("/projects/care-leavers/people/").content.decode()
    assert "Not for now (1)" in body
    client_as("lead").post(url(sam, "approve"))
    sam.refresh_from_db()
    assert sam.status == "active"


def test_an_answer_for_someone_not_waiting_is_explained(cast, client_as):
    staff = cast.participants["staff"]
    for action in ("approve", "decline"):
        response = client_as("lead").post(url(staff, action), follow=True)
        assert "is not waiting for an answer" in response.content.decode()
    staff.refresh_from_db()
    assert staff.status == "active"


@pytest.mark.parametrize("action", ["approve", "decline"])
@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads_answer(cast, client_as, sam, who, action):
    assert client_as(who).post(url(sam, action)).status_code == 403
    sam.refresh_from_db()
    assert sam.status == "pending"


@pytest.mark.parametrize("action", ["approve", "decline"])
def test_the_person_waiting_cannot_answer_for_themselves(cast, client, sam, action):
    client.force_login(sam.user)
    assert client.post(url(sam, action)).status_code == 404
    sam.refresh_from_db()
    assert sam.status == "pending"
