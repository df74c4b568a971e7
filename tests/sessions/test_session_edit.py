import pytest
from django.utils import timezone

from participants.models import Notification
from sessions.models import Attendance
from tests.factories import ParticipantFactory
from tests.sessions.conftest import reply


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/edit/"


def form(session, **changes):
    data = {
        "title": session.title,
        "kind": session.kind,
        "starts_at": timezone.localtime(session.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "ends_at": timezone.localtime(session.ends_at).strftime("%Y-%m-%dT%H:%M"),
        "venue_name": session.venue_name,
        "address": session.address,
        "capacity": session.capacity or "",
        "question_1": session.question_1,
    }
    return data | changes


def test_a_change_raises_the_calendar_sequence(cast, client_as, session):
    response = client_as("facilitator").post(url(session), form(session, venue_name="Oban Library"))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.venue_name == "Oban Library" and session.sequence == 1


def test_more_places_go_to_the_people_waiting_who_are_told(cast, client_as, session):
    session.capacity = 1
    session.save()
    reply(session, cast.participants["staff"], "yes")
    waiting = reply(session, cast.participants["young_person"], "waiting")
    client_as("lead").post(url(session), form(session, capacity="2"))
    waiting.refresh_from_db()
    assert waiting.reply == Attendance.Reply.YES
    assert Notification.objects.filter(user=cast.young_person, is_essential=True).exists()


def test_bad_input_changes_nothing(cast, client_as, session):
    response = client_as("lead").post(
        url(session), form(session, title="", ends_at="2020-01-01T10:00")
    )
    assert response.status_code == 200
    assert "The end must be after the start." in response.content.decode()
    session.refresh_from_db()
    assert session.title == "Evening workshop" and session.sequence == 0


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, session, who):
    assert client_as(who).post(url(session), form(session, title="Mine")).status_code == 403


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(url(session)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_it_rejects_delete(cast, client_as, session):
    assert client_as("lead").delete(url(session)).status_code == 405


def test_a_session_elsewhere_is_not_found(cast, client_as, session):
    other = ParticipantFactory(user=cast.lead, role="lead").project
    assert (
        client_as("lead").get(f"/projects/{other.slug}/sessions/{session.pk}/edit/").status_code
        == 404
    )
