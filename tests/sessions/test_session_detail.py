import pytest

from participants.models import SupportNeeds
from sessions.models import Attendance
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.sessions.conftest import detail_url, reply


def test_a_member_sees_when_where_and_a_count_but_not_names(cast, client_as, session):
    reply(session, cast.participants["staff"], "yes")
    reply(session, cast.participants["manager"], "yes", show_name=True)
    body = client_as("young_person").get(detail_url(session)).content.decode()
    assert session.title in body and "Oban Community Centre" in body
    assert "2 people" in body
    assert "Including Manager." in body
    assert "Frontline staff" not in body.split("Who is coming")[1].split("</dd>")[0]
    assert "What to arrange" not in body and "Replies" not in body
    assert "Add to my calendar" in body


def test_a_facilitator_sees_replies_and_what_to_arrange(cast, client_as, session):
    young = cast.participants["young_person"]
    SupportNeeds.objects.create(participant=young, dietary="Nuts", access=["step_free"])
    reply(session, young, "yes", needs_childcare=True, answer_1="yes")
    reply(session, cast.participants["staff"], "maybe", needs_travel=True, answer_1="Yes.")
    reply(session, cast.participants["manager"], "no", needs_childcare=True)
    body = client_as("facilitator").get(detail_url(session)).content.decode()
    assert "Childcare for 1: Young person" in body
    assert "Help with travel for 1: Frontline staff" in body
    assert "Step-free access: 1" in body
    assert "Young person can’t eat: Nuts" in body
    assert "Do you need a lift from Oban? “Yes”: 2" in body
    assert "No, I can&#x27;t come" in body


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(detail_url(session)).url


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(detail_url(session)).status_code == 404


def test_a_session_of_another_project_is_not_found(cast, client_as, session):
    other = ParticipantFactory(user=cast.young_person).project
    assert (
        client_as("young_person").get(f"/projects/{other.slug}/sessions/{session.pk}/").status_code
        == 404
    )


def test_it_rejects_post(cast, client_as, session):
    assert client_as("lead").post(detail_url(session)).status_code == 405


@pytest.mark.parametrize("who", ["facilitator", "young_person"])
def test_query_budget_holds_at_3_and_50_replies(cast, client_as, session, who):
    client = client_as(who)

    def grow(n):
        while Attendance.objects.count() < n:
            person = ParticipantFactory(project=cast.project)
            SupportNeeds.objects.create(participant=person, childcare=True)
            reply(session, person, "yes", answer_1="yes", show_name=True)

    assert_query_budget(fetch=lambda: client.get(detail_url(session)), grow=grow, budget=16)
