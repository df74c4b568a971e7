"""/me/sessions/: a person's next sessions in every project they take part in, with when and
where, each linking to its page (the pages a phone keeps to read where there is no signal)."""

from projects.roles import MemberStatus
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import assert_query_budget
from tests.sessions.conftest import make_session

URL = "/me/sessions/"


def test_it_lists_the_next_sessions_soonest_first(cast, client_as):
    later = make_session(cast.project, title="Testing the map", days=14)
    sooner = make_session(cast.project, title="Mapping the town", days=3, venue_name="Oban Hall")
    body = client_as("young_person").get(URL).content.decode()
    assert body.index("Mapping the town") < body.index("Testing the map")
    assert sooner.get_absolute_url() in body and later.get_absolute_url() in body
    assert "Oban Hall, Albany Street, Oban" in body


def test_it_leaves_out_past_sessions_and_other_peoples_projects(cast, client_as):
    make_session(cast.project, title="Last month", days=-30)
    make_session(ProjectFactory(title="Elsewhere"), title="Not mine")
    left = ProjectFactory(title="Left")
    ParticipantFactory(project=left, user=cast.young_person, status=MemberStatus.LEFT)
    make_session(left, title="Left behind")
    body = client_as("young_person").get(URL).content.decode()
    for title in ("Last month", "Not mine", "Left behind"):
        assert title not in body
    assert "No sessions to come in your projects yet." in body


def test_an_online_session_says_so(cast, client_as):
    make_session(cast.project, venue_name="", address="", online_link="https://meet.example.org/x")
    body = client_as("young_person").get(URL).content.decode()
    assert "<br>Online" in body


def test_it_holds_its_queries_however_many_sessions(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        for day in range(cast.project.sessions.count(), n):
            make_session(cast.project, title=f"Session {day}", days=day + 1)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=12)
