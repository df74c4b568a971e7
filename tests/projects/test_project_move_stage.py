"""The stage rules: one step on (with a reason if tasks are missing), back any distance."""

import threading
import time

import pytest
from django.db import connection

from projects.models import Project, Stage, StageChange
from projects.registries.stage_tasks import registry
from projects.services import stage as services
from projects.services.stage import (
    ReasonNeeded,
    StageChangedMeanwhile,
    StageMoveError,
    project_move_stage,
)
from tests.factories import ProjectFactory, UserFactory
from tests.projects.stage_data import finish_setup


@pytest.fixture
def lead(db):
    return UserFactory()


@pytest.fixture
def project(db):
    return ProjectFactory(summary="", aim="")


def test_moving_on_after_the_tasks_are_done_is_recorded_plainly(project, lead):
    finish_setup(project)
    change = project_move_stage(project=project, to_stage=Stage.INVITING, by=lead)
    project.refresh_from_db()
    assert project.stage == Stage.INVITING
    assert (change.from_stage, change.to_stage, change.by, change.forced) == (
        "setup",
        "inviting",
        lead,
        False,
    )
    assert change.at is not None and change.reason == ""


def test_moving_on_with_tasks_missing_needs_a_reason(project, lead):
    with pytest.raises(ReasonNeeded) as refused:
        project_move_stage(project=project, to_stage=Stage.INVITING, by=lead, reason="   ")
    assert "Add partners" in str(refused.value)
    assert "write down why" in str(refused.value)
    project.refresh_from_db()
    assert project.stage == Stage.SETUP
    assert not StageChange.objects.exists()


def test_moving_on_with_a_reason_is_recorded_as_forced(project, lead):
    change = project_move_stage(
        project=project, to_stage=Stage.INVITING, by=lead, reason="  Partners sign next week.  "
    )
    assert change.forced
    assert change.reason == "Partners sign next week."
    assert Project.objects.get(pk=project.pk).stage == Stage.INVITING


def test_a_reason_given_when_nothing_is_missing_is_kept_but_not_forced(project, lead):
    finish_setup(project)
    change = project_move_stage(
        project=project, to_stage=Stage.INVITING, by=lead, reason="Ready early."
    )
    assert (change.forced, change.reason) == (False, "Ready early.")


def test_a_stage_without_required_tasks_can_be_moved_through(project, lead, monkeypatch):
    # Every stage has required tasks in the app: keep only the optional ones of "Testing".
    tasks_for = registry.tasks_for
    optional = [task for task in tasks_for(Stage.TESTING) if not task.required]
    monkeypatch.setattr(
        registry,
        "tasks_for",
        lambda stage: optional if Stage(stage) == Stage.TESTING else tasks_for(stage),
    )
    project.stage = Stage.TESTING
    project.save()
    change = project_move_stage(project=project, to_stage=Stage.OUTCOMES, by=lead)
    assert not change.forced


def test_it_refuses_to_skip_a_stage(project, lead):
    finish_setup(project)
    with pytest.raises(StageMoveError, match="one stage at a time"):
        project_move_stage(project=project, to_stage=Stage.DESIGNING, by=lead, reason="Hurry")
    assert Project.objects.get(pk=project.pk).stage == Stage.SETUP
    assert not StageChange.objects.exists()


def test_it_refuses_to_move_to_where_the_project_already_is(project, lead):
    with pytest.raises(StageMoveError, match="already at"):
        project_move_stage(project=project, to_stage=Stage.SETUP, by=lead)


@pytest.mark.parametrize("to_stage", [Stage.SETUP, Stage.DESIGNING, Stage.PROTOTYPING])
def test_going_back_to_any_earlier_stage_is_always_allowed(project, lead, to_stage):
    project.stage = Stage.TESTING
    project.save()
    change = project_move_stage(project=project, to_stage=to_stage, by=lead)
    assert (change.from_stage, change.to_stage, change.forced) == ("testing", to_stage, False)
    assert Project.objects.get(pk=project.pk).stage == to_stage


def test_going_back_keeps_an_optional_reason(project, lead):
    project.stage = Stage.TESTING
    project.save()
    change = project_move_stage(
        project=project, to_stage=Stage.PROTOTYPING, by=lead, reason="The map was hard to read."
    )
    assert change.reason == "The map was hard to read."


def test_it_refuses_a_move_from_a_stage_the_person_did_not_see(project, lead):
    stale = Project.objects.get(pk=project.pk)
    project_move_stage(project=project, to_stage=Stage.INVITING, by=lead, reason="Go")
    with pytest.raises(StageChangedMeanwhile) as conflict:
        project_move_stage(project=stale, to_stage=Stage.INVITING, by=lead, reason="Go")
    assert conflict.value.current_stage == Stage.INVITING
    assert "changed by someone else a moment ago" in str(conflict.value)
    assert "Inviting people" in str(conflict.value)
    assert StageChange.objects.count() == 1


def test_the_expected_stage_can_be_given_apart_from_the_object(project, lead):
    with pytest.raises(StageChangedMeanwhile):
        project_move_stage(
            project=project, to_stage=Stage.SETUP, by=lead, expected_stage=Stage.TESTING
        )


def test_it_updates_the_project_object_it_was_given(project, lead):
    project_move_stage(project=project, to_stage=Stage.INVITING, by=lead, reason="Go")
    assert project.stage == Stage.INVITING


@pytest.mark.postgres
def test_two_leads_moving_on_at_once_move_the_project_one_stage(transactional_db, monkeypatch):
    project = ProjectFactory()
    leads = [UserFactory(), UserFactory()]
    checked = services.stage_checklist

    def slow_checklist(project):
        # Hold the lock a while so that the second lead arrives while the first is mid-move.
        result = checked(project)
        time.sleep(0.3)
        return result

    monkeypatch.setattr(services, "stage_checklist", slow_checklist)
    start = threading.Barrier(2)
    results = []

    def move(lead):
        try:
            mine = Project.objects.get(pk=project.pk)  # each lead loaded the page at "setup"
            start.wait()
            project_move_stage(project=mine, to_stage=Stage.INVITING, by=lead, reason="Go on")
            results.append("moved")
        except StageChangedMeanwhile as conflict:
            results.append(conflict.current_stage)
        finally:
            connection.close()

    threads = [threading.Thread(target=move, args=(lead,)) for lead in leads]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(results) == ["inviting", "moved"]
    assert Project.objects.get(pk=project.pk).stage == Stage.INVITING
    assert list(StageChange.objects.values_list("from_stage", "to_stage")) == [
        ("setup", "inviting")
    ]


@pytest.mark.postgres
def test_a_lead_moving_back_while_another_moves_on_cannot_lose_either(transactional_db):
    project = ProjectFactory(stage=Stage.DESIGNING)
    leads = [UserFactory(), UserFactory()]
    start = threading.Barrier(2)
    results = []

    def move(lead, to_stage):
        try:
            mine = Project.objects.get(pk=project.pk)
            start.wait()
            project_move_stage(project=mine, to_stage=to_stage, by=lead, reason="Agreed")
            results.append(to_stage)
        except StageChangedMeanwhile:
            results.append("told")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=move, args=(leads[0], Stage.PROTOTYPING)),
        threading.Thread(target=move, args=(leads[1], Stage.INVITING)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert "told" in results and len(results) == 2
    [winner] = [r for r in results if r != "told"]
    assert Project.objects.get(pk=project.pk).stage == winner
    assert StageChange.objects.count() == 1
