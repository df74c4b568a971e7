"""The network: a lead invites people from earlier projects who want to be asked, in one step."""

import pytest
from django.core import mail

from participants.models import Invitation
from projects.roles import MemberStatus
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory


def url(project):
    return f"/projects/{project.slug}/people/network/"


@pytest.fixture
def earlier(cast):
    """An earlier project the cast's lead ran, with people who do and do not want to be asked."""
    old = ProjectFactory(title="Earlier project", slug="earlier")
    ParticipantFactory(project=old, user=cast.lead, role="lead")
    keen = ParticipantFactory(
        project=old,
        role="young_person",
        display_name="Keen",
        wants_future_involvement=True,
        user=UserFactory(email="keen@example.org"),
        status=MemberStatus.LEFT,
    )
    ParticipantFactory(project=old, role="staff", display_name="Not keen")
    card = ParticipantFactory(
        project=old,
        user=None,
        role="young_person",
        display_name="Kirsty",
        wants_future_involvement=True,
    )
    # Already in the new project: not asked again.
    ParticipantFactory(
        project=old,
        user=cast.staff,
        role="staff",
        display_name="Staff",
        wants_future_involvement=True,
    )
    # Someone else's project: not this lead's network.
    ParticipantFactory(project=ProjectFactory(), role="young_person", wants_future_involvement=True)
    return keen, card


def test_the_lead_sees_their_network(cast, earlier, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Keen" in body and "Kirsty" in body and "by card" in body
    assert "Not keen" not in body and "Invite 2 people" in body


def test_one_step_invites_everyone_the_usual_way(cast, earlier, client_as):
    mail.outbox.clear()
    response = client_as("lead").post(url(cast.project), follow=True)
    assert (
        "Invitations sent by email: 1. Invitations to print as cards: 1"
        in response.content.decode()
    )
    by_email = Invitation.objects.get(email="keen@example.org")
    assert by_email.project == cast.project and by_email.role == "young_person"
    assert [m.to for m in mail.outbox] == [["keen@example.org"]]
    card = Invitation.objects.get(name="Kirsty")
    assert card.email == "" and card.code
    # Asking again invites no one twice.
    again = client_as("lead").post(url(cast.project), follow=True).content.decode()
    assert "There is no one in your network to invite" in again
    assert Invitation.objects.count() == 2


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads(cast, earlier, client_as, who):
    assert client_as(who).get(url(cast.project)).status_code == 403
    assert client_as(who).post(url(cast.project)).status_code == 403
    assert not Invitation.objects.exists()


def test_anonymous_outsider_and_wrong_method(cast, client, client_as):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").post(url(cast.project)).status_code == 404
    assert client_as("lead").put(url(cast.project)).status_code == 405


def test_the_people_and_working_group_pages_link_to_it_for_leads(cast, client_as):
    for page in ("people", "working-group"):
        body = client_as("lead").get(f"/projects/{cast.project.slug}/{page}/").content.decode()
        assert url(cast.project) in body
    body = client_as("staff").get(f"/projects/{cast.project.slug}/working-group/").content.decode()
    assert url(cast.project) not in body
