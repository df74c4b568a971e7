"""Members join and leave the working group themselves, at once; leads are told."""

import pytest

from participants.models import Notification
from projects.models import AuditEntry
from projects.roles import MemberStatus
from tests.conftest import MEMBER_ROLES


def url(project, what):
    return f"/projects/{project.slug}/working-group/{what}/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_any_member_joins_and_leaves(cast, client_as, who):
    client = client_as(who)
    response = client.post(url(cast.project, "join"), follow=True)
    me = cast.participants[who]
    me.refresh_from_db()
    assert me.in_working_group
    assert "You are in the working group. Welcome!" in response.content.decode()
    client.post(url(cast.project, "leave"))
    me.refresh_from_db()
    assert not me.in_working_group
    assert AuditEntry.objects.filter(action="participant_set_working_group").count() == 2


def test_leads_are_told(cast, client_as):
    client_as("young_person").post(url(cast.project, "join"))
    note = Notification.objects.get()
    assert note.user == cast.lead and "joined the working group" in note.subject


def test_joining_twice_or_leaving_when_out_is_explained(cast, client_as):
    client = client_as("young_person")
    client.post(url(cast.project, "join"))
    again = client.post(url(cast.project, "join"), follow=True).content.decode()
    assert "You are already in the working group." in again
    client.post(url(cast.project, "leave"))
    out = client.post(url(cast.project, "leave"), follow=True).content.decode()
    assert "You are not in the working group." in out


def test_people_outside_the_project_or_who_left_cannot_join(cast, client_as):
    assert client_as("outsider").post(url(cast.project, "join")).status_code == 404
    left = cast.participants["staff"]
    left.status = MemberStatus.LEFT
    left.save()
    assert client_as("staff").post(url(cast.project, "join")).status_code == 404
    left.refresh_from_db()
    assert not left.in_working_group


def test_anonymous_and_get(cast, client, client_as):
    assert client.post(url(cast.project, "join"))["Location"].startswith("/accounts/login/")
    assert client_as("young_person").get(url(cast.project, "join")).status_code == 405
    assert client_as("young_person").get(url(cast.project, "leave")).status_code == 405
