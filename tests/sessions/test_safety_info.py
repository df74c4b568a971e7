"""Safety information for one session: a young person coming gives an emergency contact and
health notes, changes or deletes them; only the people who run that session read them (and
the audit trail notes who looked, not what); they are deleted 7 days after the session."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse

from projects.models import AuditEntry
from sessions.models import SafetyInfo
from sessions.safeguarding.services.safety_info import safety_info_delete_expired
from tests.factories import ParticipantFactory, UserFactory
from tests.sessions.session_safety import (
    CONTACT,
    HEALTH,
    PHONE,
    ended_session,
    give_safety_info,
    run_by_facilitator,
)

FORM = {
    "contact_name": CONTACT,
    "contact_relationship": "Aunt",
    "contact_phone": PHONE,
    "health_notes": HEALTH,
}


def _url(session, name="safeguarding:safety_mine"):
    return reverse(name, kwargs={"slug": session.project.slug, "pk": session.pk})


@pytest.fixture
def session(cast):
    return run_by_facilitator(cast)


def test_the_page_says_who_will_see_it_and_when_it_goes(cast, client_as, session):
    cast.participants["facilitator"].display_name = "Priya"
    cast.participants["facilitator"].save()
    response = client_as("young_person").get(_url(session))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Only the people who run this session: <strong>Priya</strong>" in body
    assert "deleted on" in body and "7 days after the session" in body
    assert "no-store" in response["Cache-Control"]


def test_a_young_person_gives_theirs(cast, client_as, session):
    response = client_as("young_person").post(_url(session), FORM)
    assert response.status_code == 302 and response["Location"] == session.get_absolute_url()
    info = SafetyInfo.objects.get()
    assert info.participant == cast.participants["young_person"] and info.session == session
    assert (info.contact_name, info.contact_phone, info.health_notes) == (CONTACT, PHONE, HEALTH)
    page = client_as("young_person").get(session.get_absolute_url()).content.decode()
    assert "Change or delete your safety information" in page and HEALTH not in page


def test_sending_it_twice_keeps_one_and_changes_it(cast, client_as, session):
    client = client_as("young_person")
    client.post(_url(session), FORM)
    client.post(_url(session), FORM | {"health_notes": "No allergies now"})
    assert SafetyInfo.objects.get().health_notes == "No allergies now"


def test_health_notes_alone_are_enough(cast, client_as, session):
    only = {"health_notes": HEALTH}
    assert client_as("young_person").post(_url(session), only).status_code == 302
    assert SafetyInfo.objects.get().contact_name == ""


def test_the_form_shows_what_they_gave(cast, client_as, session):
    give_safety_info(session, cast.participants["young_person"])
    body = client_as("young_person").get(_url(session)).content.decode()
    assert HEALTH in body and "Delete my safety information" in body


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "Give an emergency contact, health notes, or both."),
        ({"contact_name": CONTACT}, "Give your emergency contact&#x27;s phone number."),
        ({"contact_phone": PHONE}, "Give your emergency contact&#x27;s name."),
        ({"contact_name": CONTACT, "contact_phone": "call me"}, "Enter a phone number"),
        ({"health_notes": "x" * 2001}, "2000 characters"),
    ],
)
def test_bad_input_saves_nothing(cast, client_as, session, fields, message):
    response = client_as("young_person").post(_url(session), fields)
    assert response.status_code == 422
    body = response.content.decode()
    assert "There is a problem" in body and message in body
    assert not SafetyInfo.objects.exists()


def test_they_delete_theirs(cast, client_as, session):
    give_safety_info(session, cast.participants["young_person"])
    client = client_as("young_person")
    assert (
        "Delete your safety information?"
        in client.get(_url(session, "safeguarding:safety_delete")).content.decode()
    )
    response = client.post(_url(session, "safeguarding:safety_delete"))
    assert response.status_code == 302
    assert not SafetyInfo.objects.exists()


def test_someone_with_nothing_given_cannot_delete(cast, client_as, session):
    give_safety_info(session, cast.participants["young_person"])
    assert client_as("staff").post(_url(session, "safeguarding:safety_delete")).status_code == 403
    assert SafetyInfo.objects.count() == 1


@pytest.mark.parametrize("who", ["lead", "local_lead", "facilitator", "staff", "manager"])
def test_only_people_coming_give_it(cast, client_as, session, who):
    assert client_as(who).post(_url(session), FORM).status_code == 403
    assert not SafetyInfo.objects.exists()


def test_the_facilitator_running_it_reads_everyones(cast, client_as, session):
    give_safety_info(session, cast.participants["young_person"])
    response = client_as("facilitator").get(_url(session, "safeguarding:safety_list"))
    body = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert HEALTH in body and CONTACT in body and 'href="tel:07700900123"' in body
    entry = AuditEntry.objects.get(action="safety_info_view")
    assert entry.actor == cast.facilitator and entry.target_id == str(session.pk)
    assert HEALTH not in entry.target_text + str(entry.detail)


def test_runners_find_it_from_the_session_and_the_check_in(cast, client_as, session):
    give_safety_info(session, cast.participants["young_person"])
    client = client_as("facilitator")
    page = client.get(session.get_absolute_url()).content.decode()
    assert "1 person has given an emergency contact or health notes" in page
    assert _url(session, "safeguarding:safety_list") in page and HEALTH not in page
    checkin = reverse("sessions:checkin", args=[session.project.slug, session.pk])
    page = client.get(checkin).content.decode()
    assert _url(session, "safeguarding:safety_list") in page and HEALTH not in page


@pytest.mark.parametrize("who", ["lead", "local_lead", "young_person", "staff", "manager"])
def test_no_one_else_reads_it(cast, client_as, session, who):
    give_safety_info(session, cast.participants["young_person"])
    assert client_as(who).get(_url(session, "safeguarding:safety_list")).status_code == 403
    assert not AuditEntry.objects.filter(action="safety_info_view").exists()


def test_a_site_administrator_in_the_project_reads_nothing(cast, client, session):
    admin = UserFactory(is_staff=True, is_superuser=True)
    ParticipantFactory(project=cast.project, user=admin, role="lead")
    give_safety_info(session, cast.participants["young_person"])
    client.force_login(admin)
    assert client.get(_url(session, "safeguarding:safety_list")).status_code == 403


@pytest.mark.parametrize("name", ["safeguarding:safety_mine", "safeguarding:safety_list"])
def test_anonymous_visitors_sign_in_first(client, session, name):
    response = client.get(_url(session, name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    "name", ["safeguarding:safety_mine", "safeguarding:safety_delete", "safeguarding:safety_list"]
)
def test_outsiders_get_not_found(client_as, session, name):
    assert client_as("outsider").get(_url(session, name)).status_code == 404


def test_the_list_refuses_a_post(cast, client_as, session):
    assert (
        client_as("facilitator").post(_url(session, "safeguarding:safety_list")).status_code == 405
    )


def test_the_form_refuses_other_methods(cast, client_as, session):
    assert client_as("young_person").put(_url(session)).status_code == 405


def test_it_is_deleted_seven_days_after_the_session(cast):
    session = ended_session(cast, hours_ago=1)
    give_safety_info(session, cast.participants["young_person"])
    week = session.ends_at + timedelta(days=7)
    assert safety_info_delete_expired(now=week - timedelta(minutes=1)) == 0
    assert SafetyInfo.objects.count() == 1
    assert safety_info_delete_expired(now=week) == 1
    assert not SafetyInfo.objects.exists()
    assert safety_info_delete_expired(now=week + timedelta(hours=1)) == 0


def test_only_the_old_sessions_lose_theirs(cast):
    old = ended_session(cast, hours_ago=8 * 24)
    recent = ended_session(cast, hours_ago=1)
    young = cast.participants["young_person"]
    give_safety_info(old, young)
    give_safety_info(recent, young)
    assert safety_info_delete_expired() == 1
    assert list(SafetyInfo.objects.values_list("session", flat=True)) == [recent.pk]


def test_the_hourly_command_deletes_it(cast):
    session = ended_session(cast, hours_ago=8 * 24)
    give_safety_info(session, cast.participants["young_person"])
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not SafetyInfo.objects.exists()
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not SafetyInfo.objects.exists()


def test_the_list_keeps_to_its_query_budget(cast, client_as, session):
    from tests.helpers import assert_query_budget

    def grow(n):
        while SafetyInfo.objects.count() < n:
            give_safety_info(session, ParticipantFactory(project=cast.project))

    client = client_as("facilitator")
    assert_query_budget(
        fetch=lambda: client.get(_url(session, "safeguarding:safety_list")), grow=grow, budget=14
    )


def test_someone_no_longer_coming_can_still_delete_theirs(cast, client_as, session):
    from tests.sessions.conftest import reply

    young = cast.participants["young_person"]
    give_safety_info(session, young)
    reply(session, young, "no")
    client = client_as("young_person")
    assert client.get(_url(session)).status_code == 403
    page = client.get(session.get_absolute_url()).content.decode()
    assert _url(session, "safeguarding:safety_delete") in page
    assert client.post(_url(session, "safeguarding:safety_delete")).status_code == 302
    assert not SafetyInfo.objects.exists()
