from datetime import timedelta

import pytest
from django.utils import timezone

from sessions.models import Availability, Session, TimeOption, TimePoll
from tests.factories import ParticipantFactory


def new_url(project):
    return f"/projects/{project.slug}/sessions/times/new/"


def poll_url(poll):
    return f"/projects/{poll.project.slug}/sessions/times/{poll.pk}/"


def local(days, hour):
    day = timezone.localdate() + timedelta(days=days)
    return f"{day:%Y-%m-%d}T{hour:02d}:00"


def form(**changes):
    data = {
        "title": "Mapping workshop",
        "kind": "workshop",
        "venue_name": "Oban Community Centre",
        "starts_1": local(8, 10),
        "ends_1": local(8, 12),
        "starts_2": local(9, 14),
        "ends_2": local(9, 16),
        "starts_3": local(9, 18),
        "ends_3": local(9, 20),
    }
    return data | changes


@pytest.fixture
def poll(cast, client_as):
    client_as("facilitator").post(new_url(cast.project), form())
    return TimePoll.objects.get()


def test_a_facilitator_proposes_three_times(cast, poll):
    assert poll.options.count() == 3 and poll.created_by == cast.facilitator and poll.is_open


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"starts_2": "", "ends_2": "", "starts_3": "", "ends_3": ""}, "Give at least two times"),
        ({"ends_2": local(9, 13)}, "Time 2 must end after it starts."),
        ({"ends_3": ""}, "Give both a start and an end for time 3."),
        ({"starts_1": local(-2, 10), "ends_1": local(-2, 12)}, "Time 1 has already passed."),
    ],
)
def test_bad_polls_are_refused(cast, client_as, changes, message):
    response = client_as("lead").post(new_url(cast.project), form(**changes))
    assert response.status_code == 200 and message in response.content.decode()
    assert not TimePoll.objects.exists() and not TimeOption.objects.exists()


def test_members_answer_and_the_planner_sees_counts_per_role(cast, client_as, poll):
    morning, afternoon, evening = poll.options.all()
    for who, answers in [
        ("young_person", {morning: "no", afternoon: "no", evening: "yes"}),
        ("staff", {morning: "yes", afternoon: "yes", evening: "if_need_be"}),
        ("manager", {morning: "yes", afternoon: "yes", evening: "no"}),
    ]:
        data = {f"option_{o.pk}": a for o, a in answers.items()}
        assert client_as(who).post(poll_url(poll), data).status_code == 302
    assert Availability.objects.count() == 9
    body = client_as("facilitator").get(poll_url(poll)).content.decode()
    assert "1 yes, 1 if need be, 1 no." in body
    assert '<th scope="row">Young people</th><td>1</td><td>0</td><td>0</td>' in body


def test_changing_an_answer_replaces_it(cast, client_as, poll):
    option = poll.options.first()
    client = client_as("young_person")
    client.post(poll_url(poll), {f"option_{option.pk}": "yes"})
    client.post(poll_url(poll), {f"option_{option.pk}": "no"})
    assert list(Availability.objects.values_list("answer", flat=True)) == ["no"]


def test_an_empty_answer_is_refused(cast, client_as, poll):
    response = client_as("young_person").post(poll_url(poll), {})
    assert "Answer at least one of the times." in response.content.decode()
    assert not Availability.objects.exists()


def test_picking_a_time_makes_the_session_with_the_polls_details(cast, client_as, poll):
    evening = poll.options.last()
    response = client_as("facilitator").post(poll_url(poll) + "pick/", {"option": evening.pk})
    session = Session.objects.get()
    assert response.url == session.get_absolute_url()
    assert (session.title, session.venue_name) == ("Mapping workshop", "Oban Community Centre")
    assert (session.starts_at, session.ends_at) == (evening.starts_at, evening.ends_at)
    poll.refresh_from_db()
    assert poll.session == session and not poll.is_open
    again = client_as("facilitator").post(poll_url(poll) + "pick/", {"option": evening.pk})
    assert again.status_code == 302 and Session.objects.count() == 1
    closed = client_as("young_person").post(poll_url(poll), {f"option_{evening.pk}": "yes"})
    assert closed.status_code == 403


def test_a_time_from_another_poll_cannot_be_picked(cast, client_as, poll):
    assert client_as("lead").post(poll_url(poll) + "pick/", {"option": "x"}).status_code == 404
    assert not Session.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_only_leads_and_facilitators_propose_and_pick(cast, client_as, poll, who):
    client = client_as(who)
    assert client.get(new_url(cast.project)).status_code == 403
    assert (
        client.post(poll_url(poll) + "pick/", {"option": poll.options.first().pk}).status_code
        == 403
    )
    assert not Session.objects.exists()


def test_outsiders_get_not_found(cast, client_as, poll):
    client = client_as("outsider")
    assert client.get(poll_url(poll)).status_code == 404
    assert client.get(new_url(cast.project)).status_code == 404


def test_anonymous_people_are_sent_to_sign_in(cast, client_as, poll):
    client = client_as("anonymous")
    client.logout()
    for path in (poll_url(poll), new_url(cast.project)):
        assert "/accounts/login/" in client.get(path).url


def test_wrong_methods_are_rejected(cast, client_as, poll):
    client = client_as("lead")
    assert client.put(poll_url(poll)).status_code == 405
    assert client.get(poll_url(poll) + "pick/").status_code == 405
    assert client.put(new_url(cast.project)).status_code == 405


def test_a_poll_of_another_project_is_not_found(cast, client_as, poll):
    other = ParticipantFactory(user=cast.lead, role="lead").project
    path = f"/projects/{other.slug}/sessions/times/{poll.pk}/"
    assert client_as("lead").get(path).status_code == 404


def test_the_session_keeps_what_the_poll_offered_its_places_and_questions(cast, client_as):
    client_as("facilitator").post(
        new_url(cast.project),
        form(
            offers_travel="on",
            offers_food="on",
            capacity="12",
            question_1="Do you need a lift from Oban station?",
        ),
    )
    poll = TimePoll.objects.get()
    client_as("facilitator").post(poll_url(poll) + "pick/", {"option": poll.options.first().pk})
    session = Session.objects.get()
    assert session.offers_travel and session.offers_food and not session.offers_childcare
    assert session.capacity == 12
    assert session.question_1 == "Do you need a lift from Oban station?"


def test_yes_answers_can_become_replies_up_to_the_places(cast, client_as):
    from participants.models import Notification
    from sessions.models import Attendance

    client_as("facilitator").post(new_url(cast.project), form(capacity="1"))
    poll = TimePoll.objects.get()
    chosen = poll.options.first()
    client_as("young_person").post(
        poll_url(poll), {f"option_{o.pk}": "yes" for o in poll.options.all()}
    )
    client_as("staff").post(poll_url(poll), {f"option_{o.pk}": "yes" for o in poll.options.all()})
    client_as("manager").post(poll_url(poll), {f"option_{o.pk}": "no" for o in poll.options.all()})
    client_as("facilitator").post(
        poll_url(poll) + "pick/", {"option": chosen.pk, "yes_become_replies": "on"}
    )
    replies = dict(Attendance.objects.values_list("participant__role", "reply"))
    assert replies == {"young_person": "yes", "staff": "waiting"}
    told = Notification.objects.get(user=cast.young_person)
    session = Session.objects.get()
    assert "you have a place" in told.subject and told.link == session.get_absolute_url()


def test_without_the_tick_nobody_is_put_down_as_coming(cast, client_as, poll):
    from sessions.models import Attendance

    client_as("young_person").post(
        poll_url(poll), {f"option_{o.pk}": "yes" for o in poll.options.all()}
    )
    client_as("facilitator").post(poll_url(poll) + "pick/", {"option": poll.options.first().pk})
    assert not Attendance.objects.exists()
