"""The audit trail: services record who did what to which object; the admin list reads it."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from participants.models import Invitation, Participant
from participants.services.account import FORMER_PARTICIPANT, user_delete
from participants.services.invitations import invitation_create, invitation_revoke
from participants.services.join_settings import (
    project_open_join_new_code,
    project_people_settings_update,
)
from participants.services.membership import (
    participant_change_role,
    participant_mark_left,
    participant_set_working_group,
)
from projects.audit import audit_record
from projects.models import AuditEntry
from projects.roles import Role
from tests.factories import UserFactory


def test_audit_record_keeps_who_what_which_and_when(cast):
    person = cast.participants["young_person"]
    entry = audit_record(
        actor=cast.lead,
        action="participant_test",
        target=person,
        project=cast.project,
        detail={"note": "x"},
    )
    entry.refresh_from_db()
    assert entry.actor == cast.lead
    assert entry.action == "participant_test"
    assert entry.target_type == ContentType.objects.get_for_model(Participant)
    assert entry.target_id == str(person.pk)
    assert entry.target_text == str(person)
    assert entry.project == cast.project
    assert entry.at is not None
    assert entry.detail == {"note": "x"}


def test_the_words_about_the_target_stay_after_it_is_deleted(cast):
    invitation = invitation_create(project=cast.project, by=cast.lead, role=Role.STAFF)
    entry = audit_record(actor=None, action="invitation_test", target=invitation)
    words = entry.target_text
    invitation.delete()
    entry.refresh_from_db()
    assert entry.target_text == words and words
    assert entry.actor is None


def test_changing_a_role_records_the_lead_and_both_roles(cast):
    person = cast.participants["staff"]
    participant_change_role(participant=person, by=cast.lead, role=Role.MANAGER)
    entry = AuditEntry.objects.get(action="participant_change_role")
    assert entry.actor == cast.lead
    assert entry.target_id == str(person.pk)
    assert entry.project == cast.project
    assert entry.detail == {"from": Role.STAFF, "to": Role.MANAGER}


@pytest.mark.parametrize(
    ("act", "action"),
    [
        (
            lambda cast: invitation_revoke(
                invitation=invitation_create(project=cast.project, by=cast.lead, role="staff"),
                by=cast.lead,
            ),
            "invitation_revoke",
        ),
        (
            lambda cast: participant_mark_left(
                participant=cast.participants["young_person"], by=cast.lead
            ),
            "participant_mark_left",
        ),
        (
            lambda cast: participant_set_working_group(
                participant=cast.participants["young_person"], by=cast.lead, in_group=True
            ),
            "participant_set_working_group",
        ),
        (
            lambda cast: project_people_settings_update(
                project=cast.project,
                by=cast.lead,
                open_join_enabled=True,
                open_join_roles=["young_person"],
                open_join_needs_approval=False,
                local_lead_roles=["young_person"],
            ),
            "project_people_settings_update",
        ),
    ],
)
def test_each_people_change_is_recorded_with_who_did_it(cast, act, action):
    act(cast)
    entry = AuditEntry.objects.get(action=action)
    assert entry.actor == cast.lead
    assert entry.project == cast.project


def test_a_new_join_link_is_recorded(cast):
    project_people_settings_update(
        project=cast.project,
        by=cast.lead,
        open_join_enabled=True,
        open_join_roles=["young_person"],
        open_join_needs_approval=False,
        local_lead_roles=[],
    )
    project_open_join_new_code(project=cast.project, by=cast.lead)
    assert (
        AuditEntry.objects.filter(action="project_open_join_new_code", actor=cast.lead).count() == 1
    )


def test_a_refused_change_records_nothing(cast):
    lead = cast.participants["lead"]
    with pytest.raises(ValidationError):
        participant_mark_left(participant=lead, by=cast.lead)  # nobody changes their own place
    assert not AuditEntry.objects.exists()


def test_deleting_an_account_removes_the_name_from_the_trail(cast):
    person = cast.participants["young_person"]
    participant_mark_left(participant=person, by=cast.lead)
    assert AuditEntry.objects.get().target_text == str(person)
    user_delete(user=cast.young_person)
    entry = AuditEntry.objects.get()
    assert entry.target_text == FORMER_PARTICIPANT
    assert cast.users["young_person"].display_name not in entry.target_text


def test_the_admin_lists_entries_read_only(client, cast):
    participant_mark_left(participant=cast.participants["staff"], by=cast.lead)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get("/admin/projects/auditentry/")
    assert response.status_code == 200
    assert b"participant_mark_left" in response.content
    assert b"Add audit entry" not in response.content
    entry = AuditEntry.objects.get()
    assert client.post(f"/admin/projects/auditentry/{entry.pk}/delete/").status_code == 403
    assert AuditEntry.objects.count() == 1
    assert Invitation.objects.count() == 0
