"""The evidence half of "how co-produced is it?", on known data: attendance by stage and role,
and the balance of each session, flagged when young people were few."""

from datetime import timedelta

from django.utils import timezone

from projects.models import StageChange
from sessions.evidence.selectors.coproduction import (
    attendance_by_stage_and_role,
    decision_balance,
    session_balance,
)
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget, count_queries
from tests.projects.stage_data import add_decision
from tests.sessions.conftest import make_session, reply


def came(session, *participants):
    for participant in participants:
        reply(session, participant, "yes", attended=True)


def test_attendance_is_counted_in_the_stage_the_project_was_in(cast):
    p = cast.participants
    StageChange.objects.create(
        project=cast.project, to_stage="designing", at=timezone.now() - timedelta(days=40)
    )
    StageChange.objects.create(
        project=cast.project, to_stage="testing", at=timezone.now() - timedelta(days=15)
    )
    came(make_session(cast.project, days=-30), p["young_person"], p["staff"])
    came(make_session(cast.project, days=-20), p["young_person"])
    came(make_session(cast.project, days=-5), p["staff"], p["manager"])
    cancelled = make_session(cast.project, days=-3, status="cancelled")
    came(cancelled, p["young_person"])
    rows = {
        label: (counts, total)
        for label, counts, total in attendance_by_stage_and_role(cast.project)
    }
    roles = ["lead", "local_lead", "facilitator", "young_person", "staff", "manager"]
    designing = dict(zip(roles, rows["Co-design sessions"][0], strict=True))
    assert designing["young_person"] == 2 and designing["staff"] == 1
    testing = dict(zip(roles, rows["Testing prototypes"][0], strict=True))
    assert testing["young_person"] == 0 and rows["Testing prototypes"][1] == 2
    assert "Setting up" not in rows


def test_sessions_with_few_young_people_are_flagged(cast):
    p = cast.participants
    balanced = make_session(cast.project, title="Balanced", days=-10)
    came(balanced, p["young_person"], p["staff"])
    staff_only = make_session(cast.project, title="Staff only", days=-5)
    extra = ParticipantFactory.create_batch(3, project=cast.project, role="staff")
    came(staff_only, p["staff"], p["manager"], *extra)
    make_session(cast.project, title="Nobody marked", days=-2)
    rows = {row.session.title: row for row in session_balance(cast.project)}
    assert set(rows) == {"Balanced", "Staff only"}
    assert (rows["Balanced"].share, rows["Balanced"].few) == (50, False)
    assert (rows["Staff only"].young_people, rows["Staff only"].came) == (0, 5)
    assert rows["Staff only"].few
    # 1 young person among the 9 people in the project.
    assert rows["Balanced"].project_share == 11


def test_the_page_costs_the_same_with_more_sessions(cast, client_as, settings):
    settings.KEEP_PAGES = False  # the work of making the page is what is counted
    client = client_as("young_person")
    url = f"/projects/{cast.project.slug}/co-production/"
    came(make_session(cast.project, days=-10), cast.participants["young_person"])
    client.get(url)  # the project menu's cached figures are worked out once
    first, response = count_queries(lambda: client.get(url))
    assert response.status_code == 200
    for days in range(11, 60):
        came(make_session(cast.project, days=-days), cast.participants["staff"])
    client.get(url)
    second, _ = count_queries(lambda: client.get(url))
    assert first == second


def test_the_page_for_every_member_and_empty_project(cast, client_as, client):
    url = f"/projects/{cast.project.slug}/co-production/"
    assert client.get(url)["Location"].startswith("/accounts/login/")
    body = client_as("manager").get(url).content.decode()
    assert "No one has been marked as coming to a session yet." in body
    assert "No one has rated the project yet." in body and "Co-production" in body
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("lead").post(url).status_code == 405


def test_decisions_where_young_people_had_no_say_are_flagged(cast, client_as):
    no_vote = {"young_people_voted": False}
    add_decision(cast.project, what="Meet in the evening", decided_by="everyone", **no_vote)
    add_decision(cast.project, what="Hire a venue", decided_by="managers", **no_vote)
    add_decision(cast.project, what="Pick the colours", decided_by="lead", young_people_voted=True)
    add_decision(cast.project, what="Name the pack", decided_by="young_people", **no_vote)
    rows = {row.decision.what: row.young_people_had_a_say for row in decision_balance(cast.project)}
    assert rows == {
        "Meet in the evening": True,
        "Hire a venue": False,
        "Pick the colours": True,
        "Name the pack": True,
    }
    body = client_as("staff").get(f"/projects/{cast.project.slug}/co-production/")
    text = body.content.decode()
    assert text.count("Young people had no say.") == 1
    assert "Hire a venue" in text and "decided by managers" in text


def test_decision_balance_lists_the_latest_fifty_in_a_flat_number_of_queries(cast, client_as):
    client = client_as("young_person")
    url = f"/projects/{cast.project.slug}/co-production/"

    def grow(n):
        for i in range(cast.project.decisions.count(), n):
            add_decision(
                cast.project, what=f"Decision {i}", decided_by="managers", young_people_voted=False
            )

    assert_query_budget(fetch=lambda: client.get(url), grow=grow, budget=30, sizes=(3, 60))
    assert len(decision_balance(cast.project)) == 50
    assert "These are the latest 50." in client.get(url).content.decode()
