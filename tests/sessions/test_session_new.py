from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from participants.models import SupportNeeds
from sessions.models import Session
from tests.factories import ParticipantFactory


def url(project):
    return f"/projects/{project.slug}/sessions/new/"


def local(day, hour, minute=0):
    return f"{day:%Y-%m-%d}T{hour:02d}:{minute:02d}"


def next_weekday(weekday):
    day = timezone.localdate() + timedelta(days=1)
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def form(**changes):
    day = next_weekday(2)  # a Wednesday
    data = {
        "title": "Evening workshop",
        "kind": "workshop",
        "description": "Ideas for better support.",
        "starts_at": local(day, 18),
        "ends_at": local(day, 20),
        "venue_name": "Oban Community Centre",
        "address": "Albany Street",
        "getting_there": "Five minutes from the station.",
        "offers_travel": "on",
        "offers_childcare": "on",
        "capacity": "10",
        "question_1": "Do you need a lift from Oban?",
        "repeat": "never",
        "times": "1",
        "save": "1",
    }
    return data | changes


def test_a_facilitator_plans_a_session(cast, client_as):
    response = client_as("facilitator").post(url(cast.project), form())
    session = Session.objects.get()
    assert response.status_code == 302 and response.url == session.get_absolute_url()
    assert session.created_by == cast.facilitator and session.capacity == 10
    assert session.question_1 == "Do you need a lift from Oban?"
    assert timezone.localtime(session.starts_at).hour == 18
    assert session.offers_childcare and not session.offers_food


def test_a_repeating_plan_makes_one_session_per_occurrence(cast, client_as):
    client_as("lead").post(url(cast.project), form(repeat="fortnightly", times="4"))
    sessions = list(Session.objects.order_by("starts_at"))
    assert len(sessions) == 4 and len({s.series for s in sessions}) == 1
    pairs = zip(sessions, sessions[1:], strict=False)
    gaps = {(b.starts_at.date() - a.starts_at.date()).days for a, b in pairs}
    assert gaps == {14}
    assert {timezone.localtime(s.starts_at).hour for s in sessions} == {18}


def test_checking_who_can_come_shows_counts_per_role_and_saves_nothing(cast, client_as):
    for when in (["evenings"], ["weekday_daytime"], []):
        person = ParticipantFactory(project=cast.project, role="young_person")
        SupportNeeds.objects.create(participant=person, availability=when)
    data = form(starts_at=local(next_weekday(1), 10), ends_at=local(next_weekday(1), 12))
    del data["save"]
    data["check"] = "1"
    body = client_as("facilitator").post(url(cast.project), data).content.decode()
    assert "1 of 4 young people can come (2 have not said when)" in body
    assert "Weekdays in the daytime".lower() in body.lower()
    assert "This session is in working hours" in body
    assert not Session.objects.exists()


def test_an_evening_session_is_not_called_working_hours(cast, client_as):
    data = form()
    del data["save"]
    data["check"] = "1"
    body = client_as("facilitator").post(url(cast.project), data).content.decode()
    assert "This session is in working hours" not in body


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"ends_at": local(next_weekday(2), 17)}, "The end must be after the start."),
        (
            {
                "starts_at": local(timezone.localdate() - timedelta(days=2), 18),
                "ends_at": local(timezone.localdate() - timedelta(days=2), 20),
            },
            "This time has already passed.",
        ),
        (
            {"venue_name": "", "online_link": ""},
            "Say where the session is, or give an online link.",
        ),
        ({"title": ""}, "This field is required."),
        ({"repeat": "weekly", "times": "1"}, "Say how many times it happens in all"),
        ({"repeat": "weekly", "times": "40"}, "less than or equal to 12"),
    ],
)
def test_bad_input_shows_the_form_again_and_saves_nothing(cast, client_as, changes, message):
    response = client_as("lead").post(url(cast.project), form(**changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Session.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, who):
    assert client_as(who).get(url(cast.project)).status_code == 403
    assert client_as(who).post(url(cast.project), form()).status_code == 403
    assert not Session.objects.exists()


def test_it_hides_the_project_from_outsiders(cast, client_as):
    assert client_as("outsider").get(url(cast.project)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as):
    assert "/accounts/login/" in client_as("anonymous").get(url(cast.project)).url


def test_it_rejects_put(cast, client_as):
    assert client_as("lead").put(url(cast.project)).status_code == 405


def test_times_are_read_as_uk_time_across_the_clock_change(cast, client_as):
    # British Summer Time starts on Sunday 28 March 2027; a weekly 18:00 stays at 18:00.
    start = datetime(2027, 3, 24, 18)
    client_as("lead").post(
        url(cast.project),
        form(starts_at=local(start, 18), ends_at=local(start, 20), repeat="weekly", times="2"),
    )
    first, second = Session.objects.order_by("starts_at")
    assert first.starts_at.astimezone(UTC).hour == 18  # GMT: local time is UTC
    assert second.starts_at.astimezone(UTC).hour == 17  # BST: an hour ahead of UTC
    assert timezone.localtime(second.starts_at).hour == 18
    assert (second.starts_at - first.starts_at) == timedelta(days=7) - timedelta(hours=1)


def _two_days_ago(**changes):
    day = timezone.localdate() - timedelta(days=2)
    return form(starts_at=local(day, 18), ends_at=local(day, 20), **changes)


def test_a_session_held_on_paper_is_recorded_then_who_came_is_ticked(cast, client_as):
    from django.core import mail

    from participants.models import Notification

    mail.outbox.clear()
    response = client_as("facilitator").post(
        url(cast.project), _two_days_ago(already_happened="on"), follow=True
    )
    session = Session.objects.get()
    assert response.redirect_chain[-1][0].endswith(f"/sessions/{session.pk}/check-in/")
    body = response.content.decode()
    assert "Session recorded. Now tick who came." in body and 'name="attended"' in body
    assert not Notification.objects.exists() and mail.outbox == []
    # Ticking who came gives them the attendance their claims need.
    young = cast.participants["young_person"]
    client_as("facilitator").post(
        f"/projects/{cast.project.slug}/sessions/{session.pk}/attendance/", {"attended": [young.pk]}
    )
    assert session.attendances.get(participant=young).attended


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"already_happened": "on", "starts_at": local(next_weekday(2), 18)}, "must have ended"),
        ({"already_happened": "on", "repeat": "weekly", "times": "3"}, "one at a time"),
    ],
)
def test_a_recorded_session_must_be_over_and_on_its_own(cast, client_as, changes, message):
    data = _two_days_ago() | changes
    if "starts_at" in changes:
        data["ends_at"] = local(next_weekday(2), 20)
    response = client_as("lead").post(url(cast.project), data)
    assert message in response.content.decode() and not Session.objects.exists()
