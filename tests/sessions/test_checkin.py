import pytest

from participants.identity.codes import grouped
from participants.services.membership import participant_add_offline
from projects.roles import MemberStatus
from sessions.models import Attendance
from tests.factories import ParticipantFactory
from tests.sessions.conftest import reply


@pytest.fixture
def session(cast):
    """Cards are checked in on the day: a session this evening, in person."""
    from tests.sessions.conftest import make_session

    return make_session(cast.project, days=0, hour=23)


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/check-in/"


def list_url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/attendance/"


def test_a_facilitator_checks_someone_in_by_the_code_on_their_card(cast, client_as, session):
    person = cast.participants["young_person"]
    code = grouped(person.card_code).lower()
    response = client_as("facilitator").post(url(session), {"code": f" {code} "}, follow=True)
    assert "Young person is checked in." in response.content.decode()
    attendance = Attendance.objects.get()
    assert attendance.participant == person and attendance.attended
    assert attendance.checked_in_by == cast.facilitator and attendance.checked_in_at


def test_checking_in_twice_says_so_and_keeps_the_first_time(cast, client_as, session):
    person = cast.participants["staff"]
    client = client_as("lead")
    client.post(url(session), {"code": person.card_code})
    first = Attendance.objects.get().checked_in_at
    response = client.post(url(session), {"code": person.card_code}, follow=True)
    assert "Frontline staff was already checked in." in response.content.decode()
    assert Attendance.objects.get().checked_in_at == first


def test_a_reply_is_kept_when_someone_checks_in(cast, client_as, session):
    reply(session, cast.participants["staff"], "maybe", answer_1="yes")
    client_as("lead").post(url(session), {"code": cast.participants["staff"].card_code})
    attendance = Attendance.objects.get()
    assert (attendance.reply, attendance.answer_1, attendance.attended) == ("maybe", "yes", True)


@pytest.mark.parametrize(
    "code, message",
    [
        ("", "Type the code from the person"),
        ("KXPT7HWQ", "No one has this code."),
    ],
)
def test_a_wrong_code_checks_no_one_in(cast, client_as, session, code, message):
    response = client_as("facilitator").post(url(session), {"code": code})
    assert response.status_code == 200 and message in response.content.decode()
    assert not Attendance.objects.exists()


def test_a_code_from_another_project_is_refused(cast, client_as, session):
    stranger = ParticipantFactory()
    response = client_as("facilitator").post(url(session), {"code": stranger.card_code})
    assert "This code is from a card for another project." in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_who_left_is_refused(cast, client_as, session):
    person = ParticipantFactory(project=cast.project, status="left", display_name="Gone")
    response = client_as("facilitator").post(url(session), {"code": person.card_code})
    assert "Gone is not taking part in the project now." in response.content.decode()


def test_ticking_names_includes_offline_people_and_corrects_the_record(cast, client_as, session):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    client = client_as("facilitator")
    page = client.get(url(session)).content.decode()
    assert "Kirsty" in page
    staff = cast.participants["staff"]
    client.post(list_url(session), {"attended": [kirsty.pk, staff.pk]})
    assert set(Attendance.objects.filter(attended=True).values_list("participant", flat=True)) == {
        kirsty.pk,
        staff.pk,
    }
    client.post(list_url(session), {"attended": [kirsty.pk]})
    assert list(Attendance.objects.filter(attended=True).values_list("participant", flat=True)) == [
        kirsty.pk
    ]


def test_a_name_from_elsewhere_is_refused_on_the_list(cast, client_as, session):
    stranger = ParticipantFactory()
    response = client_as("facilitator").post(list_url(session), {"attended": [stranger.pk]})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, session, who):
    client = client_as(who)
    assert client.get(url(session)).status_code == 403
    code = cast.participants["young_person"].card_code
    assert client.post(url(session), {"code": code}).status_code == 403
    assert client.post(list_url(session), {}).status_code == 403
    assert not Attendance.objects.exists()


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(url(session)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_wrong_methods_are_rejected(cast, client_as, session):
    client = client_as("lead")
    assert client.put(url(session)).status_code == 405
    assert client.get(list_url(session)).status_code == 405


def test_the_attendance_record_counts_only_people_who_came_to_sessions_that_went_ahead(cast):
    from datetime import timedelta

    from tests.sessions.conftest import make_session

    held = make_session(cast.project, days=-7, length=2)
    called_off = make_session(cast.project, days=-3, status="cancelled")
    reply(held, cast.participants["young_person"], "yes", attended=True)
    reply(held, cast.participants["staff"], "yes", attended=False)
    reply(called_off, cast.participants["manager"], "yes", attended=True)
    record = Attendance.objects.for_project(cast.project).attended()
    assert [a.participant for a in record] == [cast.participants["young_person"]]
    assert record.get().session.length == timedelta(hours=2)


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"days": 35}, "Cards are checked in on the day of the session"),
        ({"days": -2}, "Cards are checked in on the day of the session"),
        ({"days": 0, "online_link": "https://meet.example.org/x", "venue_name": ""}, "online"),
        ({"days": 0, "status": "cancelled"}, "This session was cancelled"),
    ],
)
def test_cards_are_checked_in_only_today_in_person(cast, client_as, fields, words):
    from tests.sessions.conftest import make_session

    other = make_session(cast.project, hour=23, **fields)
    client = client_as("facilitator")
    page = client.get(url(other)).content.decode()
    assert words in page and 'name="code"' not in page
    response = client.post(url(other), {"code": cast.participants["young_person"].card_code})
    assert response.status_code == 200 and words in response.content.decode()
    assert not Attendance.objects.exists()
    # Ticking who came still works, for a record made another day.
    assert 'name="attended"' in page


def test_the_demo_has_a_session_today_where_jays_card_checks_him_in(db, client, settings):
    from django.core.management import call_command

    from participants.models import User
    from sessions.meetings.demo import TONIGHT_TITLE
    from sessions.models import Session

    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    today = Session.objects.get(title=TONIGHT_TITLE)
    jay = today.project.participants.get(user__email="young.person@demo.codesign.test")
    client.force_login(User.objects.get(email="facilitator@demo.codesign.test"))
    response = client.post(url(today), {"code": jay.grouped_card_code}, follow=True)
    assert "Jay is checked in." in response.content.decode()


def test_two_people_called_jay_are_told_apart(cast, client_as, session):
    first = ParticipantFactory(project=cast.project, display_name="Jay", role="young_person")
    second = ParticipantFactory(project=cast.project, display_name="jay", role="young_person")
    client = client_as("facilitator")
    page = client.get(url(session)).content.decode()
    assert f"Jay (ref {first.pk})" in page and f"jay (ref {second.pk})" in page
    assert "Young person (ref" not in page  # a name nobody else has stays as it is
    response = client.post(url(session), {"code": second.card_code}, follow=True)
    assert f"jay (ref {second.pk}) is checked in." in response.content.decode()
    people = client_as("lead").get("/projects/care-leavers/people/").content.decode()
    assert f"Jay (ref {first.pk})" in people and f"jay (ref {second.pk})" in people


def test_the_page_says_how_many_people_it_holds_once_kept_for_offline(cast, client_as, session):
    ParticipantFactory(project=cast.project, user=None, display_name="Robyn")
    ParticipantFactory(project=cast.project, display_name="Gone", status=MemberStatus.LEFT)
    taking_part = cast.project.participants.filter(status=MemberStatus.ACTIVE).count()
    body = client_as("facilitator").get(url(session)).content.decode()
    # Shown by the page's script once the service worker has kept the page.
    assert f'data-offline-ready="Ready for offline: {taking_part} people" hidden' in body
