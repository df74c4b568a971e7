"""A lead puts people into the standing working group, or takes them out."""

import pytest

from tests.conftest import MEMBER_ROLES
from tests.factories import ParticipantFactory, ProjectFactory


def url(person):
    return f"/projects/care-leavers/people/{person.pk}/working-group/"


@pytest.fixture
def jay(cast):
    return cast.participants["young_person"]


def test_a_lead_adds_a_young_person_to_the_working_group(cast, client_as, jay):
    response = client_as("lead").post(url(jay), {"in_group": "yes"}, follow=True)
    jay.refresh_from_db()
    assert jay.in_working_group
    body = response.content.decode()
    assert "Young person is now in the working group." in body
    assert "Working group</span>" in body  # marked on the people page


def test_a_lead_takes_someone_out_again(cast, client_as, jay):
    jay.in_working_group = True
    jay.save()
    client_as("lead").post(url(jay), {"in_group": "no"})
    jay.refresh_from_db()
    assert not jay.in_working_group


def test_a_lead_may_join_the_working_group_themselves(cast, client_as):
    me = cast.participants["lead"]
    body = client_as("lead").get(f"/projects/care-leavers/people/{me.pk}/").content.decode()
    assert "Add Project lead to the working group" in body
    client_as("lead").post(url(me), {"in_group": "yes"})
    me.refresh_from_db()
    assert me.in_working_group


def test_it_completes_the_working_group_task(cast, client_as, jay):
    from projects.models import Stage
    from projects.registries.stage_tasks import stage_checklist

    def status():
        items = stage_checklist(cast.project, Stage.WORKING_GROUP).items
        return next(i.status for i in items if i.task.key == "form_working_group")

    before = status()
    client_as("lead").post(url(jay), {"in_group": "yes"})
    client_as("lead").post(url(cast.participants["staff"]), {"in_group": "yes"})
    assert before != "completed"
    assert status() == "completed"


def test_someone_who_left_cannot_be_added(cast, client_as, jay):
    jay.status = "left"
    jay.save()
    response = client_as("lead").post(url(jay), {"in_group": "yes"}, follow=True)
    assert "Only people taking part in the project can join the working group." in (
        response.content.decode()
    )
    jay.refresh_from_db()
    assert not jay.in_working_group


@pytest.mark.parametrize("choice", [None, "", "maybe"])
def test_a_missing_or_odd_choice_changes_nothing(cast, client_as, jay, choice):
    data = {} if choice is None else {"in_group": choice}
    response = client_as("lead").post(url(jay), data, follow=True)
    assert "Choose whether to add them to the working group or take them out." in (
        response.content.decode()
    )
    jay.refresh_from_db()
    assert not jay.in_working_group


def test_visitors_are_sent_to_sign_in(cast, client, jay):
    response = client.post(url(jay), {"in_group": "yes"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    jay.refresh_from_db()
    assert not jay.in_working_group


def test_outsiders_get_404(cast, client_as, jay):
    assert client_as("outsider").post(url(jay), {"in_group": "yes"}).status_code == 404


@pytest.mark.parametrize("who", [role for role in MEMBER_ROLES if role != "lead"])
def test_other_roles_get_403(cast, client_as, jay, who):
    assert client_as(who).post(url(jay), {"in_group": "yes"}).status_code == 403
    jay.refresh_from_db()
    assert not jay.in_working_group


def test_someone_from_another_project_is_404(cast, client_as):
    elsewhere = ParticipantFactory(project=ProjectFactory())
    assert client_as("lead").post(url(elsewhere), {"in_group": "yes"}).status_code == 404


def test_it_only_takes_post(cast, client_as, jay):
    assert client_as("lead").get(url(jay)).status_code == 405
