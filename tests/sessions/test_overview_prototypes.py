from datetime import timedelta

from django.utils import timezone

from projects.models import Stage
from projects.registries.stage_tasks import TaskStatus, stage_checklist
from sessions.models import EvaluationSheet, Feedback
from sessions.prototypes.services.prototypes import prototype_decide
from tests.helpers import assert_query_budget
from tests.projects.test_project_detail import BUDGET, WARM_BUDGET
from tests.sessions.prototype_helpers import add_picture, comment, make_prototype, open_round


def overview(client, project):
    return client.get(f"/projects/{project.slug}/").content.decode()


def section(body, heading_id):
    return body.split(f'aria-labelledby="{heading_id}"')[1].split("</section>")[0]


def test_the_overview_shows_the_latest_ideas_and_comments_with_hidden_names_kept(cast, client_as):
    prototype = make_prototype(cast, by="staff")
    cast.participants["young_person"].display_name = "Jade Mc"
    cast.participants["young_person"].save()
    comment(cast, prototype, "young_person", body="Add the bus times", hide_name=True)
    peer = section(overview(client_as("manager"), cast.project), "latest-ideas-heading")
    assert "Friends&#x27; pack" in peer and "Add the bus times" in peer
    assert "Jade Mc" not in peer and "A member of the project" in peer
    runner = section(overview(client_as("facilitator"), cast.project), "latest-ideas-heading")
    assert "Jade Mc" in runner


def test_the_overview_counts_ideas_comments_sheets_and_answers_by_role(cast, client_as):
    prototype = make_prototype(cast, by="young_person")
    comment(cast, prototype, "young_person")
    comment(cast, prototype, "staff")
    EvaluationSheet.objects.create(
        prototype=prototype, learnt="x", written_by=cast.participants["manager"]
    )
    test_round = open_round(prototype)
    Feedback.objects.create(
        round=test_round, participant=cast.participants["staff"], role="staff", useful=4
    )
    table = section(overview(client_as("staff"), cast.project), "idea-participation-heading")
    # Test answers are anonymous: under 3 in a role (nought included) is not shown.
    hidden = "<td>fewer than 3: not shown</td>"
    assert f'<th scope="row">Young people</th><td>1</td><td>1</td><td>0</td>{hidden}' in table
    assert f'<th scope="row">Frontline staff</th><td>0</td><td>1</td><td>0</td>{hidden}' in table
    assert f'<th scope="row">Managers</th><td>0</td><td>0</td><td>1</td>{hidden}' in table
    assert '<th scope="row">All</th><td>1</td><td>2</td><td>1</td><td>1</td>' in table


def test_the_overview_shows_test_answers_of_a_role_with_three(cast, client_as):
    test_round = open_round(make_prototype(cast, by="young_person"))
    for useful in (2, 3, 4):
        Feedback.objects.create(round=test_round, role="manager", useful=useful)
    Feedback.objects.create(round=test_round, role="staff", useful=5)
    table = section(overview(client_as("staff"), cast.project), "idea-participation-heading")
    assert '<th scope="row">Managers</th><td>0</td><td>0</td><td>0</td><td>3</td>' in table
    assert (
        '<th scope="row">Frontline staff</th><td>0</td><td>0</td><td>0</td>'
        "<td>fewer than 3: not shown</td>" in table
    )


def test_the_overview_holds_its_budget_with_ideas(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        while cast.project.prototypes.count() < n:
            made = make_prototype(cast, title=f"Idea {cast.project.prototypes.count()}")
            comment(cast, made, "staff")

    # The overview's own budget (tests/projects/test_project_detail.py), whatever the ideas.
    counts = assert_query_budget(
        fetch=lambda: client.get(f"/projects/{cast.project.slug}/"), grow=grow, budget=BUDGET
    )
    assert all(warm <= WARM_BUDGET for _, warm in counts.values()), counts


def test_the_stage_tasks_follow_prototypes_rounds_and_decisions(cast):
    project = cast.project

    def status(stage):
        return {t.task.key: t.status for t in stage_checklist(project, stage).items}

    assert status(Stage.PROTOTYPING)["make_a_prototype"] == TaskStatus.NOT_STARTED
    prototype = make_prototype(cast)
    assert status(Stage.PROTOTYPING)["make_a_prototype"] == TaskStatus.IN_PROGRESS
    add_picture(cast, prototype)
    assert status(Stage.PROTOTYPING)["make_a_prototype"] == TaskStatus.COMPLETED
    assert status(Stage.TESTING)["run_a_test_round"] == TaskStatus.NOT_STARTED
    test_round = open_round(prototype)
    assert status(Stage.TESTING)["run_a_test_round"] == TaskStatus.IN_PROGRESS
    prototype.test_rounds.filter(pk=test_round.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    assert status(Stage.TESTING)["run_a_test_round"] == TaskStatus.COMPLETED
    assert status(Stage.TESTING)["record_a_decision_on_a_prototype"] == TaskStatus.NOT_STARTED
    prototype_decide(
        prototype=prototype,
        by=cast.lead,
        result="adopt",
        reason="Rated highly",
        took_part=["young_people"],
        young_people_voted=True,
    )
    assert status(Stage.TESTING)["record_a_decision_on_a_prototype"] == TaskStatus.COMPLETED
