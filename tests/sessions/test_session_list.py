from datetime import timedelta

import pytest

from sessions.models import Session
from tests.helpers import assert_query_budget
from tests.sessions.conftest import make_session, reply


def url(project):
    return f"/projects/{project.slug}/sessions/"


def test_it_lists_upcoming_and_past_sessions_with_badges(cast, client_as):
    make_session(cast.project, title="Evening workshop")
    make_session(cast.project, title="Snowed off", status="cancelled", days=3)
    make_session(cast.project, title="First workshop", days=-30)
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert body.index("Coming up") < body.index("Snowed off") < body.index("Evening workshop")
    assert body.index("Past sessions") < body.index("First workshop")
    assert "Cancelled" in body and "Held" in body
    assert "You have not replied yet" in body
    assert "Plan a session" not in body


def test_it_shows_the_viewers_own_reply_and_the_plan_button_to_planners(cast, client_as):
    session = make_session(cast.project)
    reply(session, cast.participants["facilitator"], "yes")
    body = client_as("facilitator").get(url(cast.project)).content.decode()
    assert "Your reply: yes" in body and "Plan a session" in body and "1 coming" in body


def test_it_sends_anonymous_people_to_sign_in(cast, client_as):
    response = client_as("anonymous").get(url(cast.project))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_it_hides_the_project_from_outsiders(cast, client_as):
    assert client_as("outsider").get(url(cast.project)).status_code == 404


def test_it_rejects_post(cast, client_as):
    assert client_as("lead").post(url(cast.project)).status_code == 405


def test_it_pages_long_lists(cast, client_as):
    for n in range(30):
        make_session(cast.project, title=f"Session {n}", days=n + 1)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Page 1 of 2" in body and "Session 24" in body and "Session 25" not in body


@pytest.mark.parametrize("when", ["upcoming", "past"])
def test_query_budget_holds_at_3_and_50_sessions(cast, client_as, when):
    client = client_as("young_person")
    sign = 1 if when == "upcoming" else -1

    def grow(n):
        while Session.objects.count() < n:
            made = make_session(cast.project, days=sign * (Session.objects.count() % 20 + 1))
            reply(made, cast.participants["young_person"], "yes", attended=when == "past")

    assert_query_budget(
        fetch=lambda: client.get(url(cast.project)), grow=grow, budget=11
    )  # 11 with an empty cache: the project words are kept


def test_sessions_ending_now_count_as_upcoming_until_they_end(cast, client_as):
    session = make_session(cast.project, days=0, hour=0, length=23)
    session.ends_at = session.starts_at + timedelta(days=2)
    session.save()
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert body.index("Coming up") < body.index(session.title) < body.index("Past sessions")
