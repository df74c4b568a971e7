from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from participants.models import Consent, Notification
from sessions.meetings.services.reminders import reminders_send
from sessions.models import CalendarSettings, Reminder
from tests.sessions.conftest import consent, make_session, reply


@pytest.fixture
def tomorrow(cast):
    for participant in cast.participants.values():
        consent(participant, Consent.Purpose.CONTACT, Consent.Level.YES)
    session = make_session(cast.project, days=1, hour=18)
    reply(session, cast.participants["young_person"], "yes", needs_childcare=True)
    reply(session, cast.participants["staff"], "no")
    return session


def at(session, hours_before):
    return session.starts_at - timedelta(hours=hours_before)


def test_the_day_before_people_coming_get_a_reminder_with_their_support(cast, tomorrow):
    mail.outbox.clear()
    reminders_send(now=at(tomorrow, 20))
    reminded = {m.to[0]: m for m in mail.outbox if "Tomorrow" in m.subject}
    assert list(reminded) == [cast.young_person.email]
    body = reminded[cast.young_person.email].body
    assert "Time: 18:00 to 20:00" in body and "Where: Oban Community Centre" in body
    assert "Childcare: you asked for it" in body
    assert "If you can no longer come, please change your reply" in body
    assert tomorrow.get_absolute_url() in body and "/me/sessions/" in body


def test_people_who_have_not_replied_get_one_gentle_nudge(cast, tomorrow):
    mail.outbox.clear()
    reminders_send(now=at(tomorrow, 40))
    nudged = sorted(m.to[0] for m in mail.outbox)
    assert cast.young_person.email not in nudged and cast.staff.email not in nudged
    assert cast.manager.email in nudged and len(nudged) == 4
    assert "Please reply yes, maybe or no" in mail.outbox[0].body


def test_the_command_never_sends_anything_twice(cast, tomorrow, capsys):
    mail.outbox.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timezone, "now", lambda: at(tomorrow, 20))
        call_command("send_session_reminders")
        first = len(mail.outbox)
        call_command("send_session_reminders")
    assert first == 5 and len(mail.outbox) == first
    assert "Sent 0 reminders." in capsys.readouterr().out
    assert Reminder.objects.count() == 5


def test_no_reminders_without_consent_to_contact(cast, tomorrow):
    cast.participants["young_person"].consents.all().delete()
    consent(cast.participants["young_person"], Consent.Purpose.CONTACT, Consent.Level.NO)
    mail.outbox.clear()
    reminders_send(now=at(tomorrow, 20))
    assert cast.young_person.email not in [m.to[0] for m in mail.outbox]
    assert not Reminder.objects.filter(participant=cast.participants["young_person"]).exists()


def test_no_reminders_for_people_who_turned_them_off(cast, tomorrow):
    CalendarSettings.objects.create(user=cast.young_person, reminders_on=False)
    reminders_send(now=at(tomorrow, 20))
    assert not Notification.objects.filter(user=cast.young_person).exists()


def test_a_daily_summary_person_gets_it_in_their_summary_not_at_once(cast, tomorrow):
    cast.young_person.email_frequency = "daily"
    cast.young_person.save()
    mail.outbox.clear()
    reminders_send(now=at(tomorrow, 20))
    assert cast.young_person.email not in [m.to[0] for m in mail.outbox]
    assert Notification.objects.get(user=cast.young_person).emailed_at is None


def test_nothing_for_cancelled_sessions_or_sessions_far_off(cast, tomorrow):
    tomorrow.status = "cancelled"
    tomorrow.save()
    make_session(cast.project, days=5)
    assert reminders_send(now=at(tomorrow, 20)) == 0


def test_with_a_worker_the_command_queues_the_reminders(cast, tomorrow, settings, capsys):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    call_command("send_session_reminders")
    assert "Reminders queued for the worker." in capsys.readouterr().out
    assert not Reminder.objects.exists()
