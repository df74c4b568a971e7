"""What is inside a calendar file, as calendar apps read it: event ids that no other Codesign
site shares, the UK's clock changes as two yearly rules, a feed that says how often to fetch
it, and a name written as safely as each event's title."""

from datetime import UTC, datetime, timedelta

from django.utils import timezone
from icalendar import Calendar, vDuration

from sessions.models import CalendarSettings
from tests.sessions.conftest import make_session


def session_file(client, session):
    response = client.get(f"/projects/{session.project.slug}/sessions/{session.pk}.ics")
    return Calendar.from_ical(response.content)


def young_persons_feed(cast, client_as, client):
    client_as("young_person").post("/me/sessions/calendar/new/")
    token = CalendarSettings.objects.get(user=cast.young_person).feed_token
    return client.get(f"/me/calendar/{token}.ics")


def test_the_event_id_names_the_site_and_stays_the_same(cast, client_as, settings):
    settings.SITE_URL = "https://codesign.example.org"
    session = make_session(cast.project)
    client = client_as("young_person")
    first = session_file(client, session).walk("VEVENT")[0]["UID"]
    again = session_file(client, session).walk("VEVENT")[0]["UID"]
    assert str(first) == str(again) == f"session-{session.pk}@codesign.example.org"


def test_two_sites_give_the_same_session_number_different_ids(cast, client_as, settings):
    session = make_session(cast.project)
    client = client_as("young_person")
    settings.SITE_URL = "https://codesign.example.org"
    here = str(session_file(client, session).walk("VEVENT")[0]["UID"])
    settings.SITE_URL = "https://codesign.other.example/argyll"
    there = str(session_file(client, session).walk("VEVENT")[0]["UID"])
    assert here != there and there == f"session-{session.pk}@codesign.other.example/argyll"


def test_uk_time_is_two_yearly_rules_not_a_list_of_dates(cast, client_as):
    session = make_session(cast.project)
    calendar = session_file(client_as("young_person"), session)
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    [winter] = zone.walk("STANDARD")
    [summer] = zone.walk("DAYLIGHT")
    for part, month, before, after in [(winter, 10, 1, 0), (summer, 3, 0, 1)]:
        rule = part["RRULE"]
        assert rule["FREQ"] == ["YEARLY"] and rule["BYMONTH"] == [month]
        assert rule["BYDAY"] == ["-1SU"]
        assert "RDATE" not in part
        assert part.decoded("TZOFFSETFROM") == timedelta(hours=before)
        assert part.decoded("TZOFFSETTO") == timedelta(hours=after)
    assert b"RDATE" not in calendar.to_ical()


def test_the_rules_put_sessions_at_the_right_hour_for_years_to_come(cast, client_as):
    session = make_session(cast.project)
    [zone] = session_file(client_as("young_person"), session).walk("VTIMEZONE")
    london = zone.to_tz()
    for moment, utc_hour in [
        (datetime(2027, 3, 27, 18), 18),
        (datetime(2027, 3, 28, 18), 17),
        (datetime(2031, 10, 25, 18), 17),
        (datetime(2031, 10, 26, 18), 18),
        (datetime(2045, 7, 1, 18), 17),
    ]:
        assert moment.replace(tzinfo=london).astimezone(UTC).hour == utc_hour


def test_a_summer_session_starts_at_its_own_hour(cast, client_as):
    starts = timezone.make_aware(datetime(2027, 7, 14, 18, 30))
    session = make_session(cast.project, starts_at=starts, ends_at=starts + timedelta(hours=2))
    [event] = session_file(client_as("young_person"), session).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2027, 7, 14, 17, 30, tzinfo=UTC)


def test_the_feed_says_to_fetch_it_again_every_six_hours(cast, client_as, client):
    make_session(cast.project)
    feed = young_persons_feed(cast, client_as, client)
    calendar = Calendar.from_ical(feed.content)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar.decoded("REFRESH-INTERVAL") == timedelta(hours=6)
    assert vDuration.from_ical(str(calendar["X-PUBLISHED-TTL"])) == timedelta(hours=6)
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H" in feed.content
    assert b"X-PUBLISHED-TTL:PT6H" in feed.content


def test_the_feed_has_uk_time_as_rules_too(cast, client_as, client):
    make_session(cast.project)
    feed = young_persons_feed(cast, client_as, client)
    [zone] = Calendar.from_ical(feed.content).walk("VTIMEZONE")
    assert zone.walk("STANDARD")[0]["RRULE"]["BYMONTH"] == [10]
    assert b"RDATE" not in feed.content


def test_the_calendar_name_is_escaped_like_the_summary(cast, client_as):
    session = make_session(cast.project, title="Food, travel; and\\more")
    response = client_as("young_person").get(
        f"/projects/{cast.project.slug}/sessions/{session.pk}.ics"
    )
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Food, travel; and\\more"
    lines = response.content.decode().splitlines()
    name = next(line for line in lines if line.startswith("X-WR-CALNAME:"))
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    assert name.split(":", 1)[1] == summary.split(":", 1)[1] == "Food\\, travel\\; and\\\\more"


def test_the_page_offers_the_feed_to_calendar_apps_by_webcal(cast, client_as, settings):
    settings.SITE_URL = "https://codesign.example.org"
    client = client_as("young_person")
    client.post("/me/sessions/calendar/new/")
    token = CalendarSettings.objects.get(user=cast.young_person).feed_token
    page = client.get("/me/sessions/").content.decode()
    assert f'value="https://codesign.example.org/me/calendar/{token}.ics"' in page
    assert f'href="webcal://codesign.example.org/me/calendar/{token}.ics"' in page
