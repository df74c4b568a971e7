from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from sessions.meetings.services.disruption import session_disrupt
from sessions.meetings.services.sessions import Repeat, session_create, session_update
from tests.sessions.conftest import reply


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}.ics"


def event_of(response):
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    return event


def uk(*args):
    return timezone.make_aware(datetime(*args))


def plan(cast, starts, **extra):
    fields = {
        "title": "Evening workshop",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=2),
        "venue_name": "Oban Community Centre",
    }
    return session_create(project=cast.project, by=cast.lead, fields=fields, **extra)


@pytest.mark.parametrize(
    "start, utc_hour",
    [
        (uk(2027, 3, 27, 18), 18),  # the Saturday before summer time: GMT
        (uk(2027, 3, 28, 18), 17),  # the first day of British Summer Time
        (uk(2027, 10, 30, 18), 17),  # the last Saturday of summer time
        (uk(2027, 10, 31, 18), 18),  # back to GMT
    ],
)
def test_the_time_is_right_on_each_side_of_the_clock_changes(cast, client_as, start, utc_hour):
    [session] = plan(cast, start)
    response = client_as("young_person").get(url(session))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    event = event_of(response)
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").hour == 18
    assert event.decoded("DTSTART").astimezone(UTC).hour == utc_hour
    assert b"BEGIN:VTIMEZONE" in response.content and b"TZID:Europe/London" in response.content


def test_a_weekly_session_across_the_change_keeps_its_local_time(cast, client_as):
    sessions = plan(cast, uk(2027, 10, 20, 18, 30), repeat=Repeat.WEEKLY, times=3)
    hours = [
        (event_of(client_as("lead").get(url(s))).decoded("DTSTART").astimezone(UTC).hour)
        for s in sessions
    ]
    assert hours == [17, 17, 18]
    assert {timezone.localtime(s.starts_at).strftime("%H:%M") for s in sessions} == {"18:30"}


def test_a_change_keeps_the_uid_and_raises_the_sequence(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    first = event_of(client_as("lead").get(url(session)))
    session_update(session=session, fields={"venue_name": "Oban Library"})
    session.refresh_from_db()
    changed = event_of(client_as("lead").get(url(session)))
    session_disrupt(
        session=session,
        by=cast.lead,
        action="postponed",
        reason="weather",
        new_starts_at=uk(2027, 4, 3, 18),
        new_ends_at=uk(2027, 4, 3, 20),
    )
    moved = event_of(client_as("lead").get(url(session)))
    assert str(first["UID"]) == str(changed["UID"]) == str(moved["UID"]) == session.uid
    assert (first["SEQUENCE"], changed["SEQUENCE"], moved["SEQUENCE"]) == (0, 1, 2)
    assert moved.decoded("DTSTART").astimezone(UTC).hour == 17  # now in summer time
    assert str(changed["LOCATION"]) == "Oban Library"


def test_a_cancelled_session_says_cancelled(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    session_disrupt(session=session, by=cast.lead, action="cancelled", reason="weather")
    event = event_of(client_as("young_person").get(url(session)))
    assert str(event["STATUS"]) == "CANCELLED" and event["SEQUENCE"] == 1


def test_it_holds_no_personal_details(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    reply(session, cast.participants["young_person"], "yes", needs_childcare=True)
    body = client_as("lead").get(url(session)).content.decode()
    assert "Young person" not in body and "childcare" not in body.lower()
    assert cast.young_person.email not in body


def test_it_hides_the_project_from_outsiders(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    assert client_as("outsider").get(url(session)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_it_rejects_post(cast, client_as):
    [session] = plan(cast, uk(2027, 3, 27, 18))
    assert client_as("lead").post(url(session)).status_code == 405


def test_a_title_with_a_line_break_still_makes_a_calendar_file(cast, client_as):
    from tests.sessions.conftest import make_session

    session = make_session(cast.project, title="Line one\nLine two")
    response = client_as("young_person").get(
        f"/projects/{cast.project.slug}/sessions/{session.pk}.ics"
    )
    assert response.status_code == 200
    assert b"Line one" in response.content


def test_a_new_title_is_kept_on_one_line(cast, client_as):
    from sessions.meetings.forms.sessions import SessionForm

    form = SessionForm(data={"title": "Evening\r\nworkshop"}, is_new=True)
    form.is_valid()
    assert form.cleaned_data["title"] == "Evening workshop"
