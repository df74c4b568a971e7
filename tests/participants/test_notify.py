"""Messages go out the way each person chose: at once, in a daily summary, or essentials only."""

import pytest
from django.core import mail
from django.core.management import call_command

from participants.models import Notification
from participants.notify import daily_summaries_send, notify
from participants.tasks import send_daily_summaries
from tests.factories import ProjectFactory, UserFactory


@pytest.fixture
def person(db):
    return UserFactory(email="jay@example.org", display_name="Jay")


def choose(user, frequency):
    user.email_frequency = frequency
    user.save()


def test_someone_who_wants_every_message_is_emailed_at_once(person):
    notification = notify(user=person, subject="A session is planned", body="Tuesday at 6pm.")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["jay@example.org"]
    assert message.subject == "Codesign: A session is planned"
    assert message.body.startswith("Hello Jay,")
    assert "Tuesday at 6pm." in message.body
    assert "/me/" in message.body  # where to change how much email they get
    assert notification.emailed_at is not None


@pytest.mark.parametrize("frequency", ["daily", "essential"])
def test_other_messages_wait_for_people_who_chose_less_email(person, frequency):
    choose(person, frequency)
    notification = notify(user=person, subject="A session is planned", body="Tuesday.")
    assert mail.outbox == []
    assert notification.emailed_at is None


@pytest.mark.parametrize("frequency", ["every", "daily", "essential"])
def test_essential_messages_are_always_emailed_at_once(person, frequency):
    choose(person, frequency)
    notify(user=person, subject="Session cancelled", body="Snow.", essential=True)
    assert len(mail.outbox) == 1
    assert "important message" in mail.outbox[0].body


def test_no_email_goes_to_a_closed_account(person):
    person.is_active = False
    person.save()
    notify(user=person, subject="Cancelled", body="Snow.", essential=True)
    assert mail.outbox == []


def test_the_daily_summary_gathers_everything_new_into_one_email(person):
    choose(person, "daily")
    care, other = ProjectFactory(title="Care leavers"), ProjectFactory(title="Housing")
    notify(user=person, subject="First", body="One.", project=care)
    notify(user=person, subject="Second", body="Two.", project=other)
    notify(user=person, subject="Third", body="Three.", project=care)
    assert daily_summaries_send() == 1
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Codesign: your daily summary (3 new messages)"
    for text in [
        "First",
        "One.",
        "Second",
        "Two.",
        "Third",
        "Three.",
        "== Care leavers ==",
        "== Housing ==",
    ]:
        assert text in body
    assert body.count("== Care leavers ==") == 1
    assert body.index("First") < body.index("Third")
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()


def test_the_daily_summary_is_safe_to_run_twice(person):
    choose(person, "daily")
    notify(user=person, subject="First", body="One.")
    daily_summaries_send()
    assert daily_summaries_send() == 0
    assert len(mail.outbox) == 1
    notify(user=person, subject="Next day", body="Two.")
    daily_summaries_send()
    assert len(mail.outbox) == 2
    assert "First" not in mail.outbox[1].body and "Next day" in mail.outbox[1].body


def test_people_who_chose_essentials_only_get_no_summary(person):
    choose(person, "essential")
    notify(user=person, subject="First", body="One.")
    assert daily_summaries_send() == 0
    assert mail.outbox == []


def test_messages_waiting_when_someone_switches_to_every_message_are_not_lost(person):
    choose(person, "daily")
    notify(user=person, subject="While on daily", body="One.")
    choose(person, "every")
    daily_summaries_send()
    assert "While on daily" in mail.outbox[0].body


def test_each_person_gets_only_their_own_summary(person):
    other = UserFactory(email="ellie@example.org", email_frequency="daily")
    choose(person, "daily")
    notify(user=person, subject="For Jay", body="J.")
    notify(user=other, subject="For Ellie", body="E.")
    assert daily_summaries_send() == 2
    by_address = {message.to[0]: message.body for message in mail.outbox}
    assert (
        "For Jay" in by_address["jay@example.org"]
        and "For Ellie" not in by_address["jay@example.org"]
    )


def test_the_command_and_the_task_send_the_summaries(person, capsys):
    choose(person, "daily")
    notify(user=person, subject="First", body="One.")
    call_command("send_daily_summaries")
    assert "Sent 1 daily summary." in capsys.readouterr().out
    notify(user=person, subject="Second", body="Two.")
    result = send_daily_summaries.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 2
    call_command("send_daily_summaries")
    assert "Sent 0 daily summaries." in capsys.readouterr().out
