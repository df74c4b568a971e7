"""/projects/<slug>/people/network/: a lead asks people from earlier projects who said "ask me
about future work", the least recently asked first."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from participants.models import FutureWork, Invitation, NetworkAsk, Notification
from projects.roles import MemberStatus
from tests.factories import ParticipantFactory, ProjectFactory, UserFactory
from tests.helpers import assert_query_budget


def url(project):
    return f"/projects/{project.slug}/people/network/"


def says_yes(user, **fields):
    return FutureWork.objects.create(user=user, wants_asking=True, **fields)


def in_network(old, name, *, email=None, role="young_person", **answer):
    user = UserFactory(display_name=name, email=email or f"{name.lower()}@example.org")
    ParticipantFactory(project=old, user=user, role=role, display_name=name)
    says_yes(user, **answer)
    return user


@pytest.fixture
def old(cast):
    """An earlier project the cast's lead ran."""
    project = ProjectFactory(title="Earlier project", slug="earlier")
    ParticipantFactory(project=project, user=cast.lead, role="lead")
    return project


@pytest.fixture
def earlier(cast, old):
    """People who do and do not want to be asked."""
    keen = UserFactory(display_name="Keen", email="keen@example.org")
    ParticipantFactory(
        project=old, user=keen, display_name="Keen", status=MemberStatus.LEFT, in_working_group=True
    )
    says_yes(keen, would_like=["working_group", "co_training"], availability=["evenings"])
    kirsty = UserFactory(display_name="Kirsty", email="", username="kirsty-blue-fox")
    ParticipantFactory(project=old, user=kirsty, display_name="Kirsty")
    says_yes(kirsty, in_my_own_words="Making videos")
    ParticipantFactory(project=old, role="staff", display_name="Not keen")
    resting = in_network(old, "Resting", break_until=timezone.localdate() + datetime.timedelta(1))
    stopped = in_network(old, "Stopped")
    FutureWork.objects.filter(user=stopped).update(wants_asking=False)
    # Already in the new project: not asked again.
    ParticipantFactory(project=old, user=cast.staff, role="staff")
    says_yes(cast.staff)
    # Someone else's project: not this lead's network.
    says_yes(ParticipantFactory(project=ProjectFactory(), display_name="Elsewhere").user)
    return keen, kirsty, resting


def test_the_lead_sees_who_said_yes_with_what_and_when(cast, earlier, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "Keen" in body and "Kirsty" in body
    assert "Earlier project (young person, working group member)" in body
    assert "Being in a working group, Training others (co-training)" in body
    assert "Can come: evenings" in body and "Making videos" in body
    assert "Last asked: never. Asked this year: 0 times." in body
    for name in ("Not keen", "Resting", "Stopped", "Elsewhere", "Staff"):
        assert name not in body
    assert "Invite 2 people" in body


def test_one_step_invites_everyone_and_records_each_ask(cast, earlier, client_as):
    keen, kirsty, _ = earlier
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
    told = Notification.objects.get(user=kirsty)
    assert "You are invited to Support for care leavers" in told.subject
    asks = NetworkAsk.objects.filter(project=cast.project, asked_by=cast.lead)
    assert {a.user for a in asks} == {keen, kirsty}
    # Asking again invites no one twice while the invitations still work.
    again = client_as("lead").post(url(cast.project), follow=True).content.decode()
    assert "There is no one in your network to invite" in again
    assert Invitation.objects.count() == 2 and NetworkAsk.objects.count() == 2


def test_the_least_recently_asked_come_first_and_are_asked_first(cast, old, client_as):
    now = timezone.now()
    lately = in_network(old, "Asked lately")
    long_ago = in_network(old, "Asked long ago")
    never = in_network(old, "Never asked")
    elsewhere = ProjectFactory()
    NetworkAsk.objects.create(user=lately, project=elsewhere, asked_at=now)
    NetworkAsk.objects.create(user=lately, project=old, asked_at=now - datetime.timedelta(2))
    NetworkAsk.objects.create(
        user=long_ago, project=elsewhere, asked_at=now - datetime.timedelta(400)
    )
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert body.index("Never asked") < body.index("Asked long ago") < body.index("Asked lately")
    assert "Asked this year: 2 times." in body
    client_as("lead").post(url(cast.project), {"how_many": "2"})
    asked = set(NetworkAsk.objects.filter(project=cast.project).values_list("user", flat=True))
    assert asked == {never.pk, long_ago.pk}


def test_someone_who_takes_it_back_is_gone_at_once_and_never_invited(cast, earlier, client_as):
    keen, _, _ = earlier
    assert "Keen" in client_as("lead").get(url(cast.project)).content.decode()
    person = Client()
    person.force_login(keen)
    person.post("/me/future-work/stop/")
    assert "Keen" not in client_as("lead").get(url(cast.project)).content.decode()
    client_as("lead").post(url(cast.project))
    assert not Invitation.objects.filter(email="keen@example.org").exists()
    assert not NetworkAsk.objects.filter(user=keen).exists()


@pytest.mark.parametrize("typed", ["0", "51", "many"])
def test_a_bad_number_to_ask_says_why_and_asks_no_one(cast, earlier, client_as, typed):
    response = client_as("lead").post(url(cast.project), {"how_many": typed})
    assert response.status_code == 200
    body = response.content.decode()
    assert any(
        words in body
        for words in ("Ask at least 1 person.", "Ask at most 50 people", "Type a number")
    )
    assert not Invitation.objects.exists() and not NetworkAsk.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_only_leads(cast, earlier, client_as, who):
    assert client_as(who).get(url(cast.project)).status_code == 403
    assert client_as(who).post(url(cast.project)).status_code == 403
    assert not Invitation.objects.exists()


def test_anonymous_outsider_and_wrong_method(cast, client, client_as):
    assert client.get(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client.post(url(cast.project))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").get(url(cast.project)).status_code == 404
    assert client_as("outsider").post(url(cast.project)).status_code == 404
    assert client_as("lead").put(url(cast.project)).status_code == 405


def test_query_budget_holds_at_3_and_50_people(cast, old, client_as):
    client = client_as("lead")
    made = []

    def grow(n):
        while len(made) < n:
            user = in_network(old, f"Person{len(made)}")
            NetworkAsk.objects.create(user=user, project=old)
            made.append(user)

    # Session, user, project and place (access), counting the people, the page of them with
    # their answers and asks, their places in earlier projects, and the messages shown.
    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=8)


def test_a_page_holds_at_most_50_people(cast, old, client_as):
    for n in range(52):
        in_network(old, f"Person{n}")
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert body.count("data-network-person") == 50 and "Page 1 of 2" in body
    assert "Invite the first 50" in body


def test_the_people_and_working_group_pages_link_to_it_for_leads(cast, client_as):
    for page in ("people", "working-group"):
        body = client_as("lead").get(f"/projects/{cast.project.slug}/{page}/").content.decode()
        assert url(cast.project) in body
    body = client_as("staff").get(f"/projects/{cast.project.slug}/working-group/").content.decode()
    assert url(cast.project) not in body
