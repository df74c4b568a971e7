""" "How was today?": everyone checked in is asked once in their inbox after the session; two
taps answer; one answer a person, which they can change for 7 days; "not good" reaches the
people who ran it without the words; a worry becomes a concern for the safeguarding leads;
the summary hides counts under 3 answers and names only people who agreed."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from participants.models import Notification
from sessions.models import Concern, DayAnswer, Reminder
from sessions.safeguarding.services.how_was_today import (
    how_was_today_answer,
    how_was_today_ask,
    how_was_today_forget_before,
)
from tests.sessions.safeguarding import name_leads
from tests.sessions.session_safety import ended_session, run_by_facilitator

WORRY = "Ocelot-words: someone at the bus stop keeps asking for my address"
NOT_GOOD_SUBJECT = "Someone said today was not good"


def _url(session):
    return reverse("safeguarding:today", kwargs={"slug": session.project.slug, "pk": session.pk})


@pytest.fixture
def session(cast):
    return ended_session(cast)


def test_the_people_who_came_are_asked_once(cast):
    session = ended_session(cast, came=("young_person", "staff"))
    assert how_was_today_ask() == 2
    assert how_was_today_ask() == 0
    notice = Notification.objects.get(user=cast.young_person)
    assert notice.subject == f"How was today? {session.title}"
    assert notice.link == _url(session) and notice.action == "Say how it was"
    assert Reminder.objects.filter(kind="how_was_today").count() == 2


def test_nobody_is_asked_before_the_end_or_long_after(cast):
    ended_session(cast, hours_ago=-1)
    ended_session(cast, hours_ago=3 * 24)
    assert how_was_today_ask() == 0


def test_a_session_is_asked_about_by_moving_the_clock(cast):
    session = run_by_facilitator(cast, days=1)
    session.attendances.update(attended=True)
    assert how_was_today_ask() == 0
    assert how_was_today_ask(now=session.ends_at + timedelta(minutes=5)) == 1


def test_people_who_did_not_come_or_already_answered_are_not_asked(cast, session):
    how_was_today_answer(
        session=session, participant=cast.participants["young_person"], feeling="good"
    )
    assert how_was_today_ask() == 0


def test_the_hourly_command_asks(cast, session):
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Notification.objects.filter(user=cast.young_person).count() == 1


def test_the_page_says_who_will_see_it(cast, client_as, session):
    name_leads(cast, "manager")
    response = client_as("young_person").get(_url(session))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Who will see your answer" in body and "<strong>Manager</strong>" in body
    assert "<strong>Facilitator</strong>" in body and "once at least 3 people have answered" in body
    for button in ("Good", "Okay", "Not good"):
        assert f">{button}</button>" in body


def test_one_tap_answers(cast, client_as, session):
    response = client_as("young_person").post(_url(session), {"feeling": "good"})
    assert response.status_code == 302 and response["Location"] == _url(session)
    answer = DayAnswer.objects.get()
    assert answer.feeling == "good" and answer.participant == cast.participants["young_person"]


def test_posting_twice_is_one_answer_and_it_can_change(cast, client_as, session):
    client = client_as("young_person")
    client.post(_url(session), {"feeling": "good"})
    client.post(_url(session), {"feeling": "good"})
    client.post(_url(session), {"feeling": "okay", "words": "Long day"})
    answer = DayAnswer.objects.get()
    assert (answer.feeling, answer.words) == ("okay", "Long day")
    assert "You said it was <strong>okay</strong>" in client.get(_url(session)).content.decode()


def test_not_good_tells_the_runners_once_without_name_or_words(cast, client_as, session):
    client = client_as("young_person")
    client.post(_url(session), {"feeling": "not_good", "words": "Too loud"})
    client.post(_url(session), {"feeling": "not_good", "words": "Too loud"})
    notice = Notification.objects.get(subject=NOT_GOOD_SUBJECT)
    assert notice.user == cast.facilitator and notice.link == session.get_absolute_url()
    assert "Too loud" not in notice.body + notice.text_body
    assert "Young person" not in notice.body
    assert not Notification.objects.filter(user=cast.lead).exists()


def test_not_good_names_the_person_who_agreed(cast, client_as, session):
    client_as("young_person").post(
        _url(session), {"feeling": "not_good", "words": "Too loud", "shared": "on"}
    )
    notice = Notification.objects.get(user=cast.facilitator)
    assert notice.subject == "Young person said today was not good"
    assert "Too loud" not in notice.body


def test_a_worry_becomes_a_concern_for_the_safeguarding_leads(cast, client_as, session):
    name_leads(cast, "manager")
    client = client_as("young_person")
    data = {"feeling": "not_good", "words": WORRY, "worried": "on", "shared": "on"}
    assert client.post(_url(session), data).status_code == 302
    client.post(_url(session), data)
    concern = Concern.objects.get()
    assert concern.raised_by == cast.young_person and concern.what_happened == WORRY
    assert concern.category == Concern.Category.WELFARE and session.title in concern.when_text
    answer = DayAnswer.objects.get()
    assert answer.concern == concern and answer.words == ""
    notice = Notification.objects.get(user=cast.manager)
    assert notice.subject == "A new concern needs you" and "Ocelot" not in notice.body
    for notice in Notification.objects.all():
        assert "Ocelot" not in notice.subject + notice.body + notice.text_body
    assert not any("Ocelot" in message.body for message in mail.outbox)
    facilitator_page = client_as("facilitator").get(session.get_absolute_url()).content.decode()
    assert "Ocelot" not in facilitator_page
    page = client_as("young_person").get(_url(session)).content.decode()
    assert "You told the safeguarding lead you were worried" in page
    assert 'name="worried"' not in page


def test_a_worry_needs_words(cast, client_as, session):
    response = client_as("young_person").post(_url(session), {"feeling": "okay", "worried": "on"})
    assert response.status_code == 422
    assert "Say a little about what worries you" in response.content.decode()
    assert not DayAnswer.objects.exists() and not Concern.objects.exists()


@pytest.mark.parametrize("feeling", ["", "great"])
def test_an_answer_must_be_one_of_the_three(cast, client_as, session, feeling):
    response = client_as("young_person").post(_url(session), {"feeling": feeling})
    assert response.status_code == 422
    assert "Choose good, okay or not good." in response.content.decode()
    assert not DayAnswer.objects.exists()


@pytest.mark.parametrize("who", ["lead", "local_lead", "facilitator", "staff", "manager"])
def test_only_people_who_came_answer(cast, client_as, session, who):
    assert client_as(who).post(_url(session), {"feeling": "good"}).status_code == 403
    assert not DayAnswer.objects.exists()


def test_answers_close_seven_days_after(cast, client_as):
    session = ended_session(cast, hours_ago=7 * 24 + 1)
    assert client_as("young_person").post(_url(session), {"feeling": "good"}).status_code == 403


def test_anonymous_visitors_sign_in_first(client, session):
    response = client.get(_url(session))
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_outsiders_get_not_found(client_as, session):
    assert client_as("outsider").get(_url(session)).status_code == 404


def test_it_refuses_other_methods(client_as, session):
    assert client_as("young_person").delete(_url(session)).status_code == 405


def _answer(session, participant, feeling, **fields):
    how_was_today_answer(session=session, participant=participant, feeling=feeling, **fields)


def test_the_runners_see_no_counts_under_three_answers(cast, client_as):
    session = ended_session(cast, came=("young_person", "staff"))
    _answer(session, cast.participants["young_person"], "good")
    _answer(session, cast.participants["staff"], "not_good", words="Cold room")
    page = client_as("facilitator").get(session.get_absolute_url()).content.decode()
    assert "Fewer than 3 answers: not shown" in page and "Cold room" not in page


def test_the_runners_see_counts_and_the_named_not_good(cast, client_as):
    session = ended_session(cast, came=("young_person", "staff", "manager"))
    _answer(session, cast.participants["young_person"], "good")
    _answer(session, cast.participants["staff"], "not_good", words="Cold room", shared=True)
    _answer(session, cast.participants["manager"], "not_good", words="Hidden words")
    page = client_as("facilitator").get(session.get_absolute_url()).content.decode()
    assert "3 people answered" in page
    assert "<td>Good</td><td>1</td>" in page and "<td>Not good</td><td>2</td>" in page
    assert "Cold room" in page and "Frontline staff" in page and "Hidden words" not in page
    for who in ("lead", "young_person", "staff"):
        other = client_as(who).get(session.get_absolute_url()).content.decode()
        assert "3 people answered" not in other and "Cold room" not in other


def test_old_answers_can_be_forgotten(cast, session):
    _answer(session, cast.participants["young_person"], "good")
    assert how_was_today_forget_before(cutoff=session.ends_at) == 0
    assert how_was_today_forget_before(cutoff=session.ends_at + timedelta(days=30)) == 1
    assert how_was_today_forget_before(cutoff=session.ends_at + timedelta(days=30)) == 0
