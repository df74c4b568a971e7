import re

import pytest
from django.core import mail

from participants.models import Notification
from sessions.models import Attendance
from tests.sessions.conftest import reply

Reply = Attendance.Reply


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/reply/"


def test_a_member_replies_with_answers_and_needs(cast, client_as, session):
    response = client_as("young_person").post(
        url(session),
        {
            "reply": "yes",
            "answer_1": "Yes, at 17:15",
            "needs_childcare": "on",
            "needs_other": "A vegan meal",
        },
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get()
    assert (attendance.participant, attendance.reply) == (cast.participants["young_person"], "yes")
    assert attendance.answer_1 == "Yes, at 17:15" and attendance.needs_childcare
    assert attendance.needs_other == "A vegan meal" and not attendance.show_name
    page = client_as("young_person").get(session.get_absolute_url()).content.decode()
    assert "You said yes: you have a place." in page


def test_a_reply_can_be_changed(cast, client_as, session):
    client = client_as("staff")
    client.post(url(session), {"reply": "yes"})
    client.post(url(session), {"reply": "no"})
    assert Attendance.objects.get().reply == Reply.NO


def test_a_full_session_offers_the_waiting_list(cast, client_as, session):
    session.capacity = 1
    session.save()
    reply(session, cast.participants["staff"], "yes")
    client = client_as("young_person")
    form_page = client.get(url(session)).content.decode()
    assert "Yes, put me on the waiting list (the session is full)" in form_page
    response = client.post(url(session), {"reply": "waiting"}, follow=True)
    assert "The session is full, so you are on the waiting list" in response.content.decode()
    assert Attendance.objects.get(participant=cast.participants["young_person"]).reply == "waiting"


def test_a_yes_to_a_session_that_filled_meanwhile_goes_on_the_waiting_list(
    cast, client_as, session
):
    session.capacity = 1
    session.save()
    client = client_as("young_person")
    client.get(url(session))
    reply(session, cast.participants["staff"], "yes")
    client.post(url(session), {"reply": "yes"})
    assert Attendance.objects.get(participant=cast.participants["young_person"]).reply == "waiting"


def test_when_someone_says_no_the_first_waiting_gets_the_place_and_is_told(
    cast, client_as, session
):
    session.capacity = 1
    session.save()
    reply(session, cast.participants["staff"], "yes")
    client_as("young_person").post(url(session), {"reply": "waiting"})
    client_as("manager").post(url(session), {"reply": "waiting"})
    mail.outbox.clear()
    client_as("staff").post(url(session), {"reply": "no"})
    replies = dict(Attendance.objects.values_list("participant__role", "reply"))
    assert replies == {"staff": "no", "young_person": "yes", "manager": "waiting"}
    [message] = mail.outbox
    assert message.to == [cast.young_person.email]
    assert "A place is free for you: Evening workshop" in message.subject
    assert Notification.objects.get(user=cast.young_person).is_essential


def test_replying_to_a_cancelled_session_is_refused_and_nothing_saved(cast, client_as, session):
    session.status = "cancelled"
    session.save()
    response = client_as("young_person").post(url(session), {"reply": "yes"})
    assert response.status_code == 409
    assert "This session is cancelled" in response.content.decode()
    assert not Attendance.objects.exists()


def test_no_choice_shows_the_form_again(cast, client_as, session):
    response = client_as("young_person").post(url(session), {"answer_1": "yes"})
    assert response.status_code == 200
    assert "Say whether you can come." in response.content.decode()
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("who", ["lead", "local_lead", "facilitator", "staff", "manager"])
def test_every_member_can_reply(cast, client_as, session, who):
    assert client_as(who).post(url(session), {"reply": "maybe"}).status_code == 302


def test_someone_who_left_cannot_reply(cast, client_as, session):
    cast.participants["young_person"].status = "left"
    cast.participants["young_person"].save()
    assert client_as("young_person").post(url(session), {"reply": "yes"}).status_code == 404


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").post(url(session), {"reply": "yes"}).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_it_rejects_put(cast, client_as, session):
    assert client_as("young_person").put(url(session)).status_code == 405


def test_names_are_shown_to_others_only_when_chosen(cast, client_as, session):
    client_as("young_person").post(url(session), {"reply": "yes", "show_name": "on"})
    client_as("staff").post(url(session), {"reply": "yes"})
    page = client_as("manager").get(session.get_absolute_url()).content.decode()
    assert "Including Young person." in page and "Frontline staff." not in page


def test_replying_to_a_session_that_has_taken_place_is_refused(cast, client_as):
    from tests.sessions.conftest import make_session

    past = make_session(cast.project, days=-3)
    response = client_as("young_person").post(url(past), {"reply": "yes"})
    assert response.status_code == 409
    assert "already taken place" in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_waiting_sees_their_place_in_the_queue(cast, client_as, session):
    session.capacity = 1
    session.save()
    reply(session, cast.participants["staff"], "yes")
    client_as("manager").post(url(session), {"reply": "waiting"})
    client_as("young_person").post(url(session), {"reply": "waiting"})
    page_url = f"/projects/{session.project.slug}/sessions/{session.pk}/"
    assert "number 2 in the queue" in client_as("young_person").get(page_url).content.decode()
    # The one ahead gets a place; the young person is next.
    client_as("staff").post(url(session), {"reply": "no"})
    assert "number 1 in the queue" in client_as("young_person").get(page_url).content.decode()


def test_a_first_reply_starts_with_the_childcare_and_travel_said_in_the_welcome_step(
    cast, client_as, session
):
    from participants.models import SupportNeeds

    SupportNeeds.objects.create(
        participant=cast.participants["young_person"], childcare=True, travel=True
    )
    page = client_as("young_person").get(url(session)).content.decode()
    assert re.search(r'name="needs_childcare"[^>]*checked', page)
    assert re.search(r'name="needs_travel"[^>]*checked', page)
    # Someone without needs starts with nothing ticked.
    page = client_as("staff").get(url(session)).content.decode()
    assert not re.search(r'name="needs_childcare"[^>]*checked', page)


def test_a_session_moved_online_stops_offering_travel(cast, client_as, session):
    from sessions.meetings.services.disruption import session_disrupt

    session.offers_travel = True
    session.save()
    reply(session, cast.participants["young_person"], "yes", needs_travel=True)
    session_disrupt(
        session=session,
        by=cast.lead,
        action="moved_online",
        reason="weather",
        online_link="https://meet.example.org/x",
    )
    session.refresh_from_db()
    assert not session.offers_travel
    assert not Attendance.objects.get().needs_travel
    page = client_as("young_person").get(url(session)).content.decode()
    assert 'name="needs_travel"' not in page
