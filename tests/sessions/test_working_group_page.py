"""The working group page: who is in it (young people first) and its meetings."""

import pytest

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, stage_checklist
from projects.roles import MemberStatus
from tests.conftest import MEMBER_ROLES
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.sessions.conftest import make_session, reply


def url(project):
    return f"/projects/{project.slug}/working-group/"


def test_members_are_listed_young_people_first_with_the_meetings(cast, client_as):
    for role in ("manager", "young_person", "staff"):
        cast.participants[role].in_working_group = True
        cast.participants[role].save()
    ParticipantFactory(project=cast.project, in_working_group=True, status=MemberStatus.LEFT)
    make_session(cast.project, title="Monthly meeting", kind="working_group")
    make_session(cast.project, title="A workshop", kind="workshop")
    past = make_session(cast.project, title="Last month's meeting", kind="working_group", days=-30)
    reply(past, cast.participants["staff"], "yes", attended=True)
    body = client_as("facilitator").get(url(cast.project)).content.decode()
    assert "3 people, young people first." in body
    young, staff, manager = (
        cast.participants[r].display_name for r in ("young_person", "staff", "manager")
    )
    assert body.index(young) < body.index(staff) and body.index(young) < body.index(manager)
    assert "Monthly meeting" in body and "A workshop" not in body
    assert "Last month&#x27;s meeting" in body and "1 came." in body
    assert "Join the working group" in body


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_it_and_a_button_for_themselves(cast, client_as, who):
    cast.participants[who].in_working_group = True
    cast.participants[who].save()
    body = client_as(who).get(url(cast.project)).content.decode()
    assert "You are in the working group." in body and "Leave the working group" in body
    assert ("Add or take out other people" in body) == (who == "lead")
    assert ("Plan a meeting" in body) == (who in {"lead", "facilitator"})


def test_an_empty_group_says_so(cast, client_as):
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "No one is in the working group yet." in body and "No meetings planned yet." in body


def test_anonymous_outsider_and_post(cast, client, client_as):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(cast.project)).status_code == 404
    assert client_as("lead").post(url(cast.project)).status_code == 405


def test_query_budget_at_3_and_50_members(cast, client_as):
    client = client_as("young_person")
    make_session(cast.project, kind="working_group")
    make_session(cast.project, kind="working_group", days=-3)

    def grow(n):
        have = cast.project.participants.filter(in_working_group=True).count()
        ParticipantFactory.create_batch(n - have, project=cast.project, in_working_group=True)

    # With the rounds of places and the notes left for the next members.
    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=14)


def test_the_stage_task_asks_for_a_planned_meeting(cast):
    def status():
        items = stage_checklist(cast.project, Stage.WORKING_GROUP).items
        return next(i.status for i in items if i.task.key == "plan_working_group_meetings")

    assert status() == TaskStatus.NOT_STARTED
    make_session(cast.project, kind="working_group", days=-10)
    assert status() == TaskStatus.IN_PROGRESS
    make_session(cast.project, kind="workshop", days=10)
    assert status() == TaskStatus.IN_PROGRESS
    make_session(cast.project, kind="working_group", days=20)
    assert status() == TaskStatus.COMPLETED
