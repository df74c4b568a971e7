"""The stage page: the lead sees the tasks and moves the project on or back."""

import pytest

from projects.models import Project, Stage, StageChange
from tests.conftest import MEMBER_ROLES
from tests.projects.stage_data import finish_setup


def url(project):
    return f"/projects/{project.slug}/stage/"


def forward(reason="", from_stage="setup", to_stage="inviting"):
    return {
        "direction": "forward",
        "forward-from_stage": from_stage,
        "forward-to_stage": to_stage,
        "forward-reason": reason,
    }


def back(to_stage, from_stage, reason=""):
    return {
        "direction": "back",
        "back-from_stage": from_stage,
        "back-to_stage": to_stage,
        "back-reason": reason,
    }


def stage_of(project):
    return Project.objects.get(pk=project.pk).stage


def test_the_lead_sees_the_stage_its_tasks_and_what_is_missing(cast, client_as):
    response = client_as("lead").get(url(cast.project))
    body = response.content.decode()
    assert response.status_code == 200
    assert "is at: <strong>Setting up</strong>" in body
    assert 'aria-current="step"' in body
    assert "0 of 5 done." in body and "4 still needed before moving on." in body
    assert "Add partners" in body and "Not started" in body and "Cannot start yet" in body
    assert "Why move on now?" in body
    assert "Move on to “Inviting people”" in body
    assert "Go back to an earlier stage" not in body  # nothing is earlier than setting up


def test_when_everything_is_done_the_reason_is_optional(cast, client_as):
    finish_setup(cast.project)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Everything needed for “Setting up” is done." in body
    assert "Anything to note about this move? (optional)" in body


def test_moving_on_without_a_reason_while_tasks_are_missing_is_refused(cast, client_as):
    response = client_as("lead").post(url(cast.project), forward())
    body = response.content.decode()
    assert response.status_code == 200
    assert "Some tasks needed to move on are not done yet" in body
    assert "To move on anyway, write down why." in body
    assert "Why move on now?" in body
    assert stage_of(cast.project) == Stage.SETUP
    assert not StageChange.objects.exists()


def test_moving_on_with_a_reason_is_recorded_as_early(cast, client_as):
    client = client_as("lead")
    response = client.post(url(cast.project), forward("Partners sign next week."))
    assert response.status_code == 302
    assert response["Location"] == url(cast.project)
    change = StageChange.objects.get()
    assert (change.to_stage, change.forced, change.by) == ("inviting", True, cast.lead)
    page = client.get(url(cast.project)).content.decode()
    assert "Your reason is in the stage history." in page
    assert "moved the project on from “Setting up” to “Inviting people”" in page
    assert "Moved on early:" in page and "Partners sign next week." in page


def test_moving_on_when_everything_is_done_needs_no_reason(cast, client_as):
    finish_setup(cast.project)
    response = client_as("lead").post(url(cast.project), forward())
    assert response.status_code == 302
    assert stage_of(cast.project) == Stage.INVITING
    assert not StageChange.objects.get().forced


def test_going_back_to_any_earlier_stage(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.TESTING)
    client = client_as("lead")
    body = client.get(url(cast.project)).content.decode()
    assert "Go back to an earlier stage" in body
    response = client.post(url(cast.project), back("designing", "testing", "Rethink the map"))
    assert response.status_code == 302
    assert stage_of(cast.project) == Stage.DESIGNING
    page = client.get(url(cast.project)).content.decode()
    assert "The project went back to “Co-design sessions”." in page
    assert "took the project back from “Testing prototypes” to “Co-design sessions”" in page
    assert "Rethink the map" in page


def test_going_back_needs_a_stage_chosen(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.TESTING)
    response = client_as("lead").post(url(cast.project), back("", "testing"))
    assert "Choose the stage to go back to." in response.content.decode()
    assert stage_of(cast.project) == Stage.TESTING


def test_going_back_cannot_go_forward(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.TESTING)
    response = client_as("lead").post(url(cast.project), back("outcomes", "testing"))
    assert "Choose one of the stages before the one the project is at." in (
        response.content.decode()
    )
    assert stage_of(cast.project) == Stage.TESTING


def test_skipping_a_stage_is_refused(cast, client_as):
    finish_setup(cast.project)
    response = client_as("lead").post(url(cast.project), forward("Hurry", to_stage="designing"))
    assert "A project moves on one stage at a time" in response.content.decode()
    assert stage_of(cast.project) == Stage.SETUP


def test_a_move_from_a_stage_someone_else_already_left_shows_where_it_is_now(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.INVITING)
    response = client_as("lead").post(url(cast.project), forward("My reason, kept"))
    body = response.content.decode()
    assert response.status_code == 409
    assert "The stage was changed by someone else a moment ago; here is where it is now" in body
    assert "is at: <strong>Inviting people</strong>" in body
    assert "My reason, kept" in body
    assert 'name="forward-from_stage" value="inviting"' in body
    assert stage_of(cast.project) == Stage.INVITING
    assert not StageChange.objects.exists()


def test_a_post_without_a_direction_is_explained(cast, client_as):
    response = client_as("lead").post(url(cast.project), {"forward-reason": "x"})
    assert response.status_code == 400
    assert "Choose whether to move the project on or back" in response.content.decode()
    assert stage_of(cast.project) == Stage.SETUP


def test_a_reason_that_is_far_too_long_is_refused(cast, client_as):
    response = client_as("lead").post(url(cast.project), forward("x" * 2001))
    assert "at most 2000 characters" in response.content.decode()
    assert stage_of(cast.project) == Stage.SETUP


def test_the_last_stage_offers_only_going_back(cast, client_as):
    Project.objects.filter(pk=cast.project.pk).update(stage=Stage.WORKING_GROUP)
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "This is the last stage." in body
    assert 'name="direction" value="forward"' not in body
    response = client_as("lead").post(url(cast.project), forward(from_stage="working_group"))
    assert response.status_code == 200
    assert stage_of(cast.project) == Stage.WORKING_GROUP


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_may_not_change_the_stage(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), forward("Because")).status_code == 403
    assert stage_of(cast.project) == Stage.SETUP


def test_outsiders_get_404(cast, client_as):
    client = client_as("outsider")
    assert client.get(url(cast.project)).status_code == 404
    assert client.post(url(cast.project), forward("Because")).status_code == 404


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(url(cast.project), forward("Because"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert stage_of(cast.project) == Stage.SETUP
