"""Jay has no email and chose texts: what happens to him reaches him, in his inbox and by a
text that says what happened and when."""

import pytest
from django.utils import timezone

from codesign import texts
from participants.models import Consent, Notification
from sessions.meetings.services.reminders import reminders_send
from sessions.meetings.services.replies import is_full
from sessions.models import Attendance
from tests.factories import ParticipantFactory, UserFactory
from tests.sessions.conftest import consent, make_session, reply


@pytest.fixture(autouse=True)
def _empty_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


@pytest.fixture
def jay(cast):
    user = UserFactory(
        email=None, username="jay458", display_name="Jay", mobile="07911 123456", wants_texts=True
    )
    return ParticipantFactory(project=cast.project, user=user)


def test_a_place_coming_free_reaches_jay_in_his_inbox_and_by_text(cast, client_as, jay):
    session = make_session(cast.project, capacity=1)
    reply(session, cast.participants["staff"], "yes")
    reply(session, jay, "waiting")
    client_as("staff").post(
        f"/projects/{session.project.slug}/sessions/{session.pk}/reply/", {"reply": "no"}
    )
    assert Attendance.objects.get(participant=jay).reply == "yes"
    note = Notification.objects.get(user=jay.user)
    assert note.is_unread and note.action == "Say if you can still come"
    assert note.link == session.get_absolute_url()
    (text,) = texts.outbox
    assert text.to == "+447911123456"
    assert texts.short_when(session.starts_at) in text.body
    assert "Support for care leavers" not in text.body
    jay.user.refresh_from_db()
    assert jay.user.unread_messages == 1


def test_the_day_before_reminder_is_texted_to_someone_who_chose_texts(cast, jay):
    session = make_session(cast.project, days=1, hour=18)
    consent(jay, Consent.Purpose.CONTACT, Consent.Level.YES)
    reply(session, jay, "yes")
    moment = session.starts_at - timezone.timedelta(hours=20)
    assert reminders_send(now=moment) >= 1
    reminders = [t for t in texts.outbox if "Reminder: you are coming to a session on" in t.body]
    assert len(reminders) == 1
    assert Notification.objects.filter(user=jay.user, action="See the session").count() == 1


def test_the_demo_has_someone_without_email_waiting_for_a_place_with_messages(settings, db):
    from django.core.management import call_command

    from participants.seed.demo_no_email import NO_EMAIL_SIGN_IN

    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    waiting = Attendance.objects.get(
        participant__user__username=NO_EMAIL_SIGN_IN, reply=Attendance.Reply.WAITING
    )
    user = waiting.participant.user
    assert not user.email and user.may_get_texts
    session = waiting.session
    assert session.starts_at > timezone.now() and is_full(session)
    assert user.unread_messages >= 1 and user.notifications.filter(read_at=None).exists()
    # Ellie chose letters: her first waits, printed, for the lead to post.
    from participants.models import Delivery

    letter = Delivery.objects.get(channel="letter")
    assert letter.status == "to_post" and letter.notification.user.postal_address
