from datetime import timedelta

import pytest
from django.utils import timezone

from participants.models import Notification
from sessions.models import Attendance
from tests.factories import ParticipantFactory
from tests.sessions.conftest import make_session, reply


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


def test_a_new_time_is_told_to_everyone_coming_or_waiting(cast, client_as, session, mailoutbox):
    for who, answer in [("young_person", "yes"), ("staff", "maybe"), ("manager", "no")]:
        reply(session, cast.participants[who], answer)
    offline = ParticipantFactory(project=cast.project, user=None, display_name="Kirsty")
    reply(session, offline, "yes")
    new_start = timezone.localtime(session.starts_at) + timedelta(days=1)
    data = form(
        session,
        starts_at=new_start.strftime("%Y-%m-%dT%H:%M"),
        ends_at=(new_start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
    )
    response = client_as("lead").post(url(session), data, follow=True)
    assert "About the new time or place: 2 told by email. Not reached yet, so please phone or " in (
        response.content.decode()
    )
    assert "Kirsty (taking part offline)" in response.content.decode()
    told = {m.to[0]: m for m in mailoutbox}
    assert set(told) == {cast.young_person.email, cast.staff.email}
    body = told[cast.young_person.email].body
    assert "has a new time" in body and new_start.strftime("%H:%M") in body
    assert "your reply still stands (“Yes, I'll come”)" in body
    assert Notification.objects.filter(user=cast.staff, is_essential=True).exists()


def test_a_new_place_is_told_but_other_changes_are_not(cast, client_as, session, mailoutbox):
    reply(session, cast.participants["young_person"], "yes")
    client_as("lead").post(url(session), form(session, title="Evening workshop: maps"))
    client_as("lead").post(url(session), form(session, question_1="Any food you cannot eat?"))
    assert mailoutbox == []
    client_as("lead").post(url(session), form(session, venue_name="Oban Library"))
    [message] = mailoutbox
    assert "has a new place" in message.body and "Oban Library" in message.body


def test_a_session_that_has_happened_tells_no_one(cast, client_as, mailoutbox):
    past = make_session(cast.project, days=-3)
    reply(past, cast.participants["young_person"], "yes", attended=True)
    client_as("lead").post(url(past), form(past, venue_name="The library, as it turned out"))
    past.refresh_from_db()
    assert past.venue_name == "The library, as it turned out" and mailoutbox == []
