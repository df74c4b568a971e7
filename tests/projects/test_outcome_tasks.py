"""The stage tasks "Record an outcome" and "Outcome reviewed by staff", and the overview's
"outcomes to review" for the people who review them."""

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, stage_checklist
from tests.projects.outcome_data import add_outcome, agree


def statuses(project):
    return {item.task.key: item.status for item in stage_checklist(project, Stage.OUTCOMES).items}


def test_recording_then_a_review_completes_the_outcome_tasks(cast):
    project = cast.project
    assert statuses(project)["record_an_outcome"] == TaskStatus.NOT_STARTED
    assert statuses(project)["outcome_reviewed"] == TaskStatus.CANNOT_START
    outcome = add_outcome(project, cast.lead)
    assert statuses(project)["record_an_outcome"] == TaskStatus.COMPLETED
    assert statuses(project)["outcome_reviewed"] == TaskStatus.IN_PROGRESS
    agree(outcome, cast.manager)
    assert statuses(project)["outcome_reviewed"] == TaskStatus.COMPLETED
    assert stage_checklist(project, Stage.OUTCOMES).ready_to_move_on


def test_reviewers_see_outcomes_waiting_on_the_overview(cast, client_as):
    outcome = add_outcome(cast.project, cast.lead)
    overview = f"/projects/{cast.project.slug}/"
    for who in ("lead", "staff", "manager"):
        assert "1 outcome waits for a review" in client_as(who).get(overview).content.decode()
    for who in ("young_person", "facilitator"):
        assert "Outcomes to review" not in client_as(who).get(overview).content.decode()
    agree(outcome, cast.manager)
    assert "Outcomes to review" not in client_as("lead").get(overview).content.decode()
