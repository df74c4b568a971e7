from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from participants.services.membership import participant_add_offline
from sessions.models import Disruption, Session
from tests.sessions.conftest import reply


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/disrupt/"


def local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def replied(cast, session):
    reply(session, cast.participants["young_person"], "yes", needs_childcare=True)
    reply(session, cast.participants["staff"], "maybe")
    reply(session, cast.participants["manager"], "waiting")
    reply(session, cast.participants["local_lead"], "no")
    return session


def test_postponing_for_snow_tells_everyone_who_replied_once_with_the_new_date(
    cast, client_as, replied
):
    new_start = replied.starts_at + timedelta(days=14)
    mail.outbox.clear()
    response = client_as("facilitator").post(
        url(replied),
        {
            "action": "postponed",
            "reason": "weather",
            "explanation": "Snow is forecast.",
            "new_starts_at": local(new_start),
            "new_ends_at": local(new_start + timedelta(hours=2)),
        },
        follow=True,
    )
    assert "3 told by email." in response.content.decode()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [cast.young_person.email, cast.staff.email, cast.manager.email]
    )
    message = next(m for m in mail.outbox if m.to == [cast.young_person.email])
    starts = timezone.localtime(new_start)
    assert message.subject == "Codesign: Evening workshop is moved to a new date"
    assert f"New date: {starts:%A} {starts.day} {starts:%B %Y}" in message.body
    assert "Time: 18:00 to 20:00" in message.body
    assert "Why: Bad weather. Snow is forecast." in message.body
    assert "Where: Oban Community Centre" in message.body
    assert "your reply (yes, i'll come) still stands" in message.body.lower()
    assert replied.get_absolute_url() in message.body
    replied.refresh_from_db()
    assert replied.starts_at == new_start and replied.status == "postponed"
    assert replied.sequence == 1
    assert (
        dict(replied.attendances.values_list("participant__role", "reply"))["young_person"] == "yes"
    )
    page = client_as("young_person").get(replied.get_absolute_url()).content.decode()
    assert "This session has a new date" in page and "Snow is forecast." in page


def test_moving_online_sends_the_link_and_says_not_to_travel(cast, client_as, replied):
    mail.outbox.clear()
    client_as("lead").post(
        url(replied),
        {
            "action": "moved_online",
            "reason": "transport",
            "online_link": "https://meet.example.org/x",
        },
    )
    assert len(mail.outbox) == 3
    assert "Join online: https://meet.example.org/x" in mail.outbox[0].body
    assert "do not travel to the venue" in mail.outbox[0].body
    replied.refresh_from_db()
    assert replied.status == "moved_online" and replied.where == "Online"


def test_cancelling_tells_people_and_offline_people_are_listed_to_phone(cast, client_as, replied):
    kirsty = participant_add_offline(
        project=cast.project, by=cast.lead, display_name="Kirsty", role="young_person"
    )
    reply(replied, kirsty, "yes")
    mail.outbox.clear()
    response = client_as("facilitator").post(
        url(replied), {"action": "cancelled", "reason": "illness"}, follow=True
    )
    body = response.content.decode()
    assert "Not reached yet, so please phone or text them: Kirsty (taking part offline)." in body
    assert "This session is cancelled" in body
    assert len(mail.outbox) == 3 and "is cancelled" in mail.outbox[0].body
    assert Disruption.objects.get().people_told == 3


@pytest.mark.parametrize(
    "data, message",
    [
        ({"action": "postponed", "reason": "weather"}, "Give the new date and time it starts."),
        ({"action": "moved_online", "reason": "weather"}, "Give the link people should use"),
        ({"reason": "weather"}, "Choose what is happening to the session."),
        ({"action": "cancelled"}, "Choose why."),
        (
            {
                "action": "postponed",
                "reason": "venue",
                "new_starts_at": "2020-01-01T18:00",
                "new_ends_at": "2020-01-01T20:00",
            },
            "The new time has already passed.",
        ),
    ],
)
def test_bad_input_changes_nothing_and_tells_no_one(cast, client_as, replied, data, message):
    mail.outbox.clear()
    response = client_as("facilitator").post(url(replied), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Disruption.objects.exists() and not mail.outbox
    assert Session.objects.get().status == "planned"


def test_a_cancelled_session_cannot_be_cancelled_again(cast, client_as, replied):
    client_as("lead").post(url(replied), {"action": "cancelled", "reason": "illness"})
    response = client_as("lead").post(url(replied), {"action": "cancelled", "reason": "other"})
    assert "already cancelled" in response.content.decode()
    assert Disruption.objects.count() == 1


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, replied, who):
    response = client_as(who).post(url(replied), {"action": "cancelled", "reason": "illness"})
    assert response.status_code == 403 and not Disruption.objects.exists()


def test_it_hides_the_project_from_outsiders(cast, client_as, replied):
    assert client_as("outsider").get(url(replied)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, replied):
    assert "/accounts/login/" in client_as("anonymous").get(url(replied)).url


def test_it_rejects_put(cast, client_as, replied):
    assert client_as("lead").put(url(replied)).status_code == 405
