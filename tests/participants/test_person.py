"""A lead manages one person: role, leaving, coming back, a code for someone offline."""

import pytest

from participants.models import Invitation, Participant
from participants.services.membership import participant_change_role, participant_mark_left
from tests.factories import ParticipantFactory, ProjectFactory


def url(person, action=""):
    return f"/projects/care-leavers/people/{person.pk}/{action + '/' if action else ''}"


@pytest.fixture
def staff(cast):
    return cast.participants["staff"]


@pytest.fixture
def kirsty(cast):
    return cast.project.participants.create(
        display_name="Kirsty", role="young_person", status="active"
    )


def test_a_lead_sees_someone_s_page(cast, client_as, staff):
    body = client_as("lead").get(url(staff)).content.decode()
    assert (
        "Frontline staff" in body
        and "Change role" in body
        and "Mark Frontline staff as left" in body
    )


def test_a_lead_changes_someone_s_role(cast, client_as, staff):
    response = client_as("lead").post(url(staff, "role"), {"role": "manager"}, follow=True)
    staff.refresh_from_db()
    assert staff.role == "manager"
    assert "Frontline staff now takes part as a manager." in response.content.decode()


def test_a_lead_may_make_someone_else_a_lead(cast, client_as, staff):
    client_as("lead").post(url(staff, "role"), {"role": "lead"})
    staff.refresh_from_db()
    assert staff.role == "lead"
    assert cast.staff.has_perm("participants.manage_people", cast.project)


def test_a_lead_cannot_change_their_own_role(cast, client_as):
    me = cast.participants["lead"]
    body = client_as("lead").get(url(me)).content.decode()
    assert "This is you." in body and "Save role" not in body
    response = client_as("lead").post(url(me, "role"), {"role": "staff"})
    assert response.status_code == 200
    assert "You cannot change your own place in the project." in response.content.decode()
    me.refresh_from_db()
    assert me.role == "lead"


def test_a_lead_cannot_mark_themselves_as_left(cast, client_as):
    me = cast.participants["lead"]
    response = client_as("lead").post(url(me, "leave"), follow=True)
    assert "You cannot change your own place in the project." in response.content.decode()
    me.refresh_from_db()
    assert me.status == "active"


def test_two_leads_cannot_leave_a_project_without_a_lead(cast):
    other_lead = cast.participants["staff"]
    other_lead.role = "lead"
    other_lead.save()
    participant_change_role(participant=cast.participants["lead"], by=cast.staff, role="staff")
    # The first lead is no longer a lead, so they cannot demote the last one.
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        participant_change_role(participant=other_lead, by=cast.lead, role="staff")
    with pytest.raises(PermissionDenied):
        participant_mark_left(participant=other_lead, by=cast.lead)
    assert (
        Participant.objects.filter(project=cast.project, role="lead", status="active").count() == 1
    )


def test_an_unknown_role_is_explained_and_nothing_changes(cast, client_as, staff):
    response = client_as("lead").post(url(staff, "role"), {"role": "boss"})
    assert response.status_code == 200
    assert "Choose one of the roles in the list." in response.content.decode()
    staff.refresh_from_db()
    assert staff.role == "staff"


def test_marking_someone_as_left_takes_away_access_at_once(cast, client_as, client, staff):
    response = client_as("lead").post(url(staff, "leave"), follow=True)
    assert "is marked as left and can no longer see the project" in response.content.decode()
    staff.refresh_from_db()
    assert staff.status == "left"
    client.force_login(cast.staff)
    assert client.get("/projects/care-leavers/").status_code == 404


def test_a_lead_brings_someone_back(cast, client_as, staff):
    staff.status = "left"
    staff.save()
    body = client_as("lead").get(url(staff)).content.decode()
    assert "Bring Frontline staff back" in body
    client_as("lead").post(url(staff, "bring-back"))
    staff.refresh_from_db()
    assert staff.status == "active"


def test_bringing_back_someone_who_has_not_left_is_explained(cast, client_as, staff):
    response = client_as("lead").post(url(staff, "bring-back"), follow=True)
    assert "has not left the project" in response.content.decode()


def test_a_lead_makes_a_code_for_someone_offline(cast, client_as, kirsty):
    body = client_as("lead").get(url(kirsty)).content.decode()
    assert "None: takes part offline" in body
    response = client_as("lead").post(url(kirsty, "code"))
    invitation = Invitation.objects.get(participant=kirsty)
    assert (
        response["Location"] == f"/projects/care-leavers/people/invitations/{invitation.pk}/card/"
    )
    assert (invitation.role, invitation.name, invitation.invited_by) == (
        "young_person",
        "Kirsty",
        cast.lead,
    )
    body = client_as("lead").get(url(kirsty)).content.decode()
    assert invitation.grouped_code in body


def test_no_code_is_made_for_someone_with_an_account(cast, client_as, staff):
    response = client_as("lead").post(url(staff, "code"), follow=True)
    assert "already has an account" in response.content.decode()
    assert not Invitation.objects.exists()


def test_marking_someone_offline_as_left_cancels_their_unused_code(cast, client_as, kirsty):
    client_as("lead").post(url(kirsty, "code"))
    client_as("lead").post(url(kirsty, "leave"))
    assert not Invitation.objects.get(participant=kirsty).is_pending


ACTIONS = [
    ("get", ""),
    ("post", "role"),
    ("post", "leave"),
    ("post", "bring-back"),
    ("post", "code"),
]


@pytest.mark.parametrize(("method", "action"), ACTIONS)
@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads_manage_people(cast, client_as, staff, who, method, action):
    response = getattr(client_as(who), method)(url(staff, action), {"role": "lead"})
    assert response.status_code == 403
    staff.refresh_from_db()
    assert (staff.role, staff.status) == ("staff", "active")


@pytest.mark.parametrize(("method", "action"), ACTIONS)
def test_someone_from_another_project_is_not_found_here(cast, client_as, method, action):
    elsewhere = ParticipantFactory(project=ProjectFactory())
    response = getattr(client_as("lead"), method)(url(elsewhere, action), {"role": "lead"})
    assert response.status_code == 404
    elsewhere.refresh_from_db()
    assert (elsewhere.role, elsewhere.status) == ("young_person", "active")
