from icalendar import Calendar

from sessions.models import CalendarSettings
from tests.factories import ParticipantFactory
from tests.sessions.conftest import make_session, reply

MINE = "/me/sessions/"


def feed_url(token):
    return f"/me/calendar/{token}.ics"


def token_of(user):
    return CalendarSettings.objects.get(user=user).feed_token


def test_a_person_makes_a_feed_of_their_sessions_across_projects(cast, client_as, client):
    here = make_session(cast.project, title="Here")
    elsewhere_place = ParticipantFactory(user=cast.young_person)
    elsewhere = make_session(elsewhere_place.project, title="Elsewhere")
    make_session(ParticipantFactory().project, title="Not mine")
    reply(here, cast.participants["staff"], "yes", needs_childcare=True)
    response = client_as("young_person").post("/me/sessions/calendar/new/", follow=True)
    token = token_of(cast.young_person)
    assert len(token) >= 40 and feed_url(token) in response.content.decode()
    client.logout()
    feed = client.get(feed_url(token))
    assert feed.status_code == 200
    titles = {str(e["SUMMARY"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")}
    assert titles == {"Here", "Elsewhere"}
    body = feed.content.decode()
    assert "Frontline staff" not in body and cast.staff.email not in body
    assert elsewhere.uid in body


def test_a_cancelled_session_stays_in_the_feed_as_cancelled(cast, client_as, client):
    make_session(cast.project, title="Snowed off", status="cancelled")
    client_as("young_person").post("/me/sessions/calendar/new/")
    feed = client.get(feed_url(token_of(cast.young_person)))
    [event] = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"


def test_stopping_the_feed_makes_the_old_address_stop_working(cast, client_as):
    client = client_as("young_person")
    client.post("/me/sessions/calendar/new/")
    old = token_of(cast.young_person)
    client.post("/me/sessions/calendar/new/")
    new = token_of(cast.young_person)
    assert old != new
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200
    client.post("/me/sessions/calendar/stop/")
    assert client.get(feed_url(new)).status_code == 404
    assert token_of(cast.young_person) is None


def test_a_made_up_token_finds_nothing(cast, client):
    assert client.get(feed_url("not-a-real-token")).status_code == 404


def test_someone_who_left_a_project_no_longer_sees_its_sessions(cast, client_as, client):
    make_session(cast.project, title="Here")
    client_as("young_person").post("/me/sessions/calendar/new/")
    cast.participants["young_person"].status = "left"
    cast.participants["young_person"].save()
    feed = client.get(feed_url(token_of(cast.young_person)))
    assert Calendar.from_ical(feed.content).walk("VEVENT") == []


def test_reminders_can_be_turned_off_and_on(cast, client_as):
    client = client_as("staff")
    page = client.get(MINE).content.decode()
    assert "Turn reminders off" in page
    client.post("/me/sessions/reminders/", {"reminders": "off"})
    assert CalendarSettings.objects.get(user=cast.staff).reminders_on is False
    client.post("/me/sessions/reminders/", {"reminders": "maybe"})
    assert CalendarSettings.objects.get(user=cast.staff).reminders_on is False
    client.post("/me/sessions/reminders/", {"reminders": "on"})
    assert CalendarSettings.objects.get(user=cast.staff).reminders_on is True


def test_my_page_links_to_it(cast, client_as):
    assert MINE in client_as("staff").get("/me/").content.decode()


def test_the_settings_need_sign_in(cast, client_as):
    client = client_as("anonymous")
    assert "/accounts/login/" in client.get(MINE).url
    assert "/accounts/login/" in client.post("/me/sessions/calendar/new/").url
    assert not CalendarSettings.objects.exists()


def test_the_actions_reject_get(cast, client_as):
    client = client_as("staff")
    for path in [
        "/me/sessions/calendar/new/",
        "/me/sessions/calendar/stop/",
        "/me/sessions/reminders/",
    ]:
        assert client.get(path).status_code == 405
    assert client.post(MINE).status_code == 405
