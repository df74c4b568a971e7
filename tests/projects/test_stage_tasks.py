"""The task lists: statuses come from the project's data, in one query."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.utils import timezone

from participants.models import Invitation, SupportNeeds
from projects.models import GlossaryTerm, Stage
from projects.registries.stage_tasks import (
    TaskRegistry,
    TaskStatus,
    count_related,
    registry,
    stage_checklist,
    stage_tracker,
)
from projects.roles import MemberStatus, Role
from tests.factories import ParticipantFactory, ProjectFactory
from tests.projects.stage_data import add_funding, add_partner, finish_setup


def statuses(project, stage=None):
    return {item.task.key: item.status for item in stage_checklist(project, stage).items}


@pytest.fixture
def project(db):
    return ProjectFactory(summary="", aim="")


def test_a_new_project_has_everything_to_do_and_funding_waits_for_a_partner(project):
    assert statuses(project, Stage.SETUP) == {
        "summary_and_aim": TaskStatus.NOT_STARTED,
        "add_partners": TaskStatus.NOT_STARTED,
        "record_funding": TaskStatus.CANNOT_START,
        "payment_policy": TaskStatus.NOT_STARTED,
        "project_words": TaskStatus.NOT_STARTED,
    }
    checklist = stage_checklist(project)
    assert (checklist.done, checklist.total) == (0, 5)
    assert [item.title for item in checklist.missing_required] == [
        "Write a summary and aim",
        "Add partners",
        "Record funding",
        "Set the payment policy",
    ]
    assert not checklist.ready_to_move_on


def test_setting_up_tasks_follow_the_data(project):
    project.summary = "What it is for."
    project.save()
    assert statuses(project)["summary_and_aim"] == TaskStatus.IN_PROGRESS
    partner = add_partner(project)
    assert statuses(project)["add_partners"] == TaskStatus.COMPLETED
    assert statuses(project)["record_funding"] == TaskStatus.NOT_STARTED
    add_funding(project, partner)
    GlossaryTerm.objects.create(project=project, term="STAF", plain_meaning="A charity.")
    project.aim = "Better support."
    project.payment_policy = "Everyone is paid the same rate."
    project.save()
    checklist = stage_checklist(project)
    assert set(statuses(project).values()) == {TaskStatus.COMPLETED}
    assert (checklist.done, checklist.total) == (5, 5)
    assert checklist.ready_to_move_on


def test_a_payment_policy_of_only_spaces_is_not_set(project):
    project.payment_policy = "   "
    assert statuses(project)["payment_policy"] == TaskStatus.NOT_STARTED


def test_inviting_young_people_is_in_progress_while_invitations_are_out(project):
    assert statuses(project, Stage.INVITING)["invite_young_people"] == TaskStatus.NOT_STARTED
    Invitation.objects.create(project=project, role=Role.YOUNG_PERSON, code="ABCD1234")
    assert statuses(project, Stage.INVITING)["invite_young_people"] == TaskStatus.IN_PROGRESS
    ParticipantFactory(project=project, role=Role.YOUNG_PERSON)
    assert statuses(project, Stage.INVITING)["invite_young_people"] == TaskStatus.COMPLETED


def test_used_revoked_and_old_invitations_are_not_out(project):
    past = timezone.now() - timedelta(days=1)
    Invitation.objects.create(project=project, role="young_person", code="A1", revoked_at=past)
    Invitation.objects.create(project=project, role="young_person", code="A2", expires_at=past)
    Invitation.objects.create(project=project, role="young_person", code="A3", accepted_at=past)
    Invitation.objects.create(project=project, role="staff", code="A4")
    assert statuses(project, Stage.INVITING)["invite_young_people"] == TaskStatus.NOT_STARTED


def test_someone_waiting_for_approval_counts_as_in_progress(project):
    ParticipantFactory(project=project, role=Role.YOUNG_PERSON, status=MemberStatus.PENDING)
    assert statuses(project, Stage.INVITING)["invite_young_people"] == TaskStatus.IN_PROGRESS


def test_staff_and_managers_both_need_to_have_joined(project):
    key = "invite_staff_and_managers"
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.NOT_STARTED
    ParticipantFactory(project=project, role=Role.STAFF)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.IN_PROGRESS
    ParticipantFactory(project=project, role=Role.MANAGER, status=MemberStatus.LEFT)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.IN_PROGRESS
    ParticipantFactory(project=project, role=Role.MANAGER)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.COMPLETED


def test_support_needs_wait_for_young_people_then_need_every_one(project):
    key = "ask_support_needs"
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.CANNOT_START
    first = ParticipantFactory(project=project, role=Role.YOUNG_PERSON)
    ParticipantFactory(project=project, role=Role.YOUNG_PERSON)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.NOT_STARTED
    SupportNeeds.objects.create(participant=first, travel=True)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.IN_PROGRESS
    second = project.participants.exclude(pk=first.pk).get()
    SupportNeeds.objects.create(participant=second)
    assert statuses(project, Stage.INVITING)[key] == TaskStatus.COMPLETED


def test_the_join_link_task_is_optional_and_follows_the_setting(project):
    task = next(
        i for i in stage_checklist(project, Stage.INVITING).items if i.task.key == "open_join_link"
    )
    assert not task.required and task.status == TaskStatus.NOT_STARTED
    project.open_join_enabled = True
    assert statuses(project, Stage.INVITING)["open_join_link"] == TaskStatus.COMPLETED


def test_the_working_group_needs_young_people_and_others(project):
    key = "form_working_group"
    assert statuses(project, Stage.WORKING_GROUP)[key] == TaskStatus.NOT_STARTED
    ParticipantFactory(project=project, role=Role.STAFF, in_working_group=True)
    assert statuses(project, Stage.WORKING_GROUP)[key] == TaskStatus.IN_PROGRESS
    ParticipantFactory(project=project, role=Role.YOUNG_PERSON, in_working_group=True)
    assert statuses(project, Stage.WORKING_GROUP)[key] == TaskStatus.COMPLETED


def test_a_stage_nobody_registered_tasks_for_is_empty_and_ready(project):
    # Every stage has tasks in the app; a registry of its own shows the empty case.
    checklist = TaskRegistry().checklist(project, Stage.TESTING)
    assert checklist.items == []
    assert checklist.ready_to_move_on


def test_all_statuses_cost_one_query_however_much_data(project, django_assert_num_queries):
    finish_setup(project)
    for role in (Role.YOUNG_PERSON, Role.STAFF, Role.MANAGER):
        ParticipantFactory.create_batch(3, project=project, role=role, in_working_group=True)
    for stage in Stage:
        with django_assert_num_queries(1):
            stage_checklist(project, stage)


def test_apps_can_register_tasks_and_counts_of_their_own(project):
    own = TaskRegistry()
    own.add_count("people", count_related("participants"))
    own.add_task(
        stage=Stage.DESIGNING,
        key="hold_session",
        title="Hold a session",
        required=True,
        status=lambda project, counts: (
            TaskStatus.COMPLETED if counts["people"] >= 2 else TaskStatus.NOT_STARTED
        ),
        after=("someone_joined",),
    )
    own.add_task(
        stage=Stage.INVITING,
        key="someone_joined",
        title="Someone joined",
        status=lambda project, counts: (
            TaskStatus.COMPLETED if counts["people"] else TaskStatus.NOT_STARTED
        ),
    )
    [hold] = own.checklist(project, Stage.DESIGNING).items
    assert hold.status == TaskStatus.CANNOT_START
    ParticipantFactory(project=project)
    [hold] = own.checklist(project, Stage.DESIGNING).items
    assert hold.status == TaskStatus.NOT_STARTED and hold.required
    ParticipantFactory(project=project)
    assert own.checklist(project, Stage.DESIGNING).done == 1


def test_registering_a_task_again_replaces_it(project):
    own = TaskRegistry()
    for title in ("First title", "Second title"):
        own.add_task(
            stage=Stage.SETUP,
            key="same",
            title=title,
            status=lambda project, counts: TaskStatus.NOT_STARTED,
        )
    assert [task.title for task in own.tasks_for(Stage.SETUP)] == ["Second title"]


def test_the_registry_needs_no_query_without_counts(project, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert TaskRegistry().checklist(project).items == []


def test_task_links_point_at_the_page_where_the_task_is_done(project):
    links = {i.task.key: i.url for i in stage_checklist(project, Stage.SETUP).items if i.url}
    assert links == {
        "summary_and_aim": f"/projects/{project.slug}/edit/",
        "add_partners": f"/projects/{project.slug}/partners/add/",
        "record_funding": f"/projects/{project.slug}/partners/",
        "payment_policy": f"/projects/{project.slug}/edit/",
        "project_words": f"/projects/{project.slug}/glossary/",
    }
    inviting = {i.task.key: i.url for i in stage_checklist(project, Stage.INVITING).items}
    assert inviting["invite_young_people"] == f"/projects/{project.slug}/people/invite/"
    assert inviting["open_join_link"] == f"/projects/{project.slug}/people/settings/"


def test_a_task_linking_to_an_unknown_page_fails_the_system_check(db):
    registry.add_task(
        stage=Stage.TESTING,
        key="broken_link",
        title="Broken",
        status=lambda project, counts: TaskStatus.NOT_STARTED,
        url_name="projects:no_such_page",
    )
    try:
        with pytest.raises(SystemCheckError, match="broken_link"):
            call_command("check")
    finally:
        registry._tasks.pop((Stage.TESTING.value, "broken_link"))


def test_the_tracker_marks_done_current_and_to_come():
    steps = stage_tracker(Stage.DESIGNING)
    assert [step.state for step in steps] == [
        "done",
        "done",
        "current",
        "to_come",
        "to_come",
        "to_come",
        "to_come",
    ]
    assert [step.state_label for step in steps[1:4]] == ["Done", "Now", "To come"]
