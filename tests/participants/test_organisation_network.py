"""/organisations/<slug>/network/: an organisation's leads see everyone from its projects who
said "ask me about future work", with what they have done, and invite them, the least recently
asked first."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from participants.models import FutureWork, Invitation, NetworkAsk
from projects.roles import MemberStatus
from sessions.models import Attendance, Completion
from tests.factories import (
    OrganisationFactory,
    OrganisationMemberFactory,
    ParticipantFactory,
    PartnerFactory,
    ProjectFactory,
    UserFactory,
)
from tests.helpers import assert_query_budget
from tests.sessions.conftest import make_session
from tests.sessions.training import make_module

URL = "/organisations/staf/network/"


def in_network(project, name, *, email=None, **answer):
    user = UserFactory(display_name=name, email=email if email is not None else f"{name}@ex.org")
    place = ParticipantFactory(project=project, user=user, display_name=name)
    FutureWork.objects.create(user=user, wants_asking=True, **answer)
    return user, place


@pytest.fixture
def staf(cast):
    """STAF: a partner of the cast's project and of an earlier one; the cast's lead leads its
    network and its staff member is one of its people."""
    organisation = OrganisationFactory(name="STAF")
    assert organisation.slug == "staf"
    PartnerFactory(project=cast.project, organisation=organisation)
    OrganisationMemberFactory(organisation=organisation, user=cast.lead, is_lead=True)
    OrganisationMemberFactory(organisation=organisation, user=cast.staff, is_lead=False)
    return organisation


@pytest.fixture
def earlier(staf):
    project = ProjectFactory(title="Moving On", slug="moving-on")
    PartnerFactory(project=project, organisation=staf)
    return project


@pytest.fixture
def jay(earlier):
    user, place = in_network(earlier, "Jay", would_like=["testing"], availability=["evenings"])
    place.status = MemberStatus.LEFT
    place.in_working_group = True
    place.save()
    session = make_session(earlier, days=-10, title="Map workshop")
    Attendance.objects.create(session=session, participant=place, attended=True)
    Completion.objects.create(module=make_module(earlier, title="Staying safe"), participant=place)
    return user


def test_the_lead_sees_projects_sessions_trainings_roles_and_asks(cast, jay, client_as):
    NetworkAsk.objects.create(user=jay, project=ProjectFactory(), asked_at=timezone.now())
    response = client_as("lead").get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "STAF: network" in body and "1 person" in body
    assert "Projects: Moving On (young person)" in body
    assert "Sessions came to: 1" in body
    assert "Trainings completed: Staying safe" in body
    assert "Working group member (Moving On)" in body
    assert "Would like to do: Testing ideas" in body and "Can come: evenings" in body
    assert "Asked this year: 1 time." in body
    assert 'name="project"' in body and "Support for care leavers" in body


def test_only_willing_people_from_its_own_projects_not_on_a_break(cast, earlier, jay, client_as):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    in_network(earlier, "Resting", break_until=tomorrow)
    stopped, _ = in_network(earlier, "Stopped")
    FutureWork.objects.filter(user=stopped).update(wants_asking=False)
    ParticipantFactory(project=earlier, display_name="Quiet")
    in_network(ProjectFactory(), "Elsewhere")
    waiting, place = in_network(earlier, "Pending Pat")
    place.status = MemberStatus.PENDING
    place.save()
    body = client_as("lead").get(URL).content.decode()
    assert "Jay" in body
    for name in ("Resting", "Stopped", "Quiet", "Elsewhere", "Pending Pat"):
        assert name not in body


def test_what_other_organisations_projects_hold_is_not_shown(cast, jay, client_as):
    other = ProjectFactory(title="Another council's project")
    elsewhere = ParticipantFactory(project=other, user=jay, in_working_group=True)
    session = make_session(other, days=-3)
    Attendance.objects.create(session=session, participant=elsewhere, attended=True)
    body = client_as("lead").get(URL).content.decode()
    assert "Another council" not in body and "Sessions came to: 1" in body


def test_someone_who_leaves_the_network_is_gone_at_once(cast, jay, client_as):
    assert "Jay" in client_as("lead").get(URL).content.decode()
    person = Client()
    person.force_login(jay)
    person.post("/me/future-work/stop/")
    assert "Jay" not in client_as("lead").get(URL).content.decode()
    client_as("lead").post(URL, {"project": cast.project.pk})
    assert not NetworkAsk.objects.exists() and not Invitation.objects.exists()


def test_inviting_asks_the_least_recently_asked_first(cast, earlier, client_as):
    now = timezone.now()
    lately, _ = in_network(earlier, "Lately")
    long_ago, _ = in_network(earlier, "LongAgo")
    never, _ = in_network(earlier, "Never")
    NetworkAsk.objects.create(user=lately, project=earlier, asked_at=now)
    NetworkAsk.objects.create(user=long_ago, project=earlier, asked_at=now - datetime.timedelta(90))
    body = client_as("lead").get(URL).content.decode()
    assert body.index("Never") < body.index("LongAgo") < body.index("Lately")
    response = client_as("lead").post(URL, {"project": cast.project.pk, "how_many": "2"})
    assert response.status_code == 302 and response["Location"] == URL
    asked = NetworkAsk.objects.filter(project=cast.project, asked_by=cast.lead)
    assert {a.user for a in asked} == {never, long_ago}
    assert Invitation.objects.filter(project=cast.project).count() == 2
    again = client_as("lead").get(URL).content.decode()
    assert "Invitations to Support for care leavers sent by email: 2." in again


def test_with_everyone_already_in_it_says_so(cast, jay, client_as):
    ParticipantFactory(project=cast.project, user=jay)
    response = client_as("lead").post(URL, {"project": cast.project.pk}, follow=True)
    assert "Everyone in the network is already in Support for care leavers" in (
        response.content.decode()
    )
    assert not NetworkAsk.objects.exists()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({}, "Choose the project to invite people to."),
        ({"project": "999999"}, "Choose one of the projects in the list."),
        ({"project": "{other}"}, "Choose one of the projects in the list."),
        ({"project": "{mine}", "how_many": "0"}, "Ask at least 1 person."),
        ({"project": "{mine}", "how_many": "lots"}, "Type a number"),
    ],
)
def test_bad_input_says_why_and_invites_no_one(cast, jay, client_as, data, words):
    not_led = ProjectFactory()
    PartnerFactory(project=not_led, organisation=cast.project.partners.get().organisation)
    fill = {"mine": cast.project.pk, "other": not_led.pk}
    data = {key: value.format(**fill) for key, value in data.items()}
    response = client_as("lead").post(URL, data)
    assert response.status_code == 422
    body = response.content.decode()
    assert words in body and "There is a problem" in body
    assert not NetworkAsk.objects.exists() and not Invitation.objects.exists()


def test_a_lead_who_leads_none_of_its_projects_sees_the_network_but_no_form(cast, jay, staf):
    someone = UserFactory()
    OrganisationMemberFactory(organisation=staf, user=someone, is_lead=True)
    client = Client()
    client.force_login(someone)
    body = client.get(URL).content.decode()
    assert "Jay" in body and "You do not lead one at the moment." in body
    assert client.post(URL, {"project": cast.project.pk}).status_code == 422
    assert not NetworkAsk.objects.exists()


def test_its_members_who_do_not_lead_it_are_refused(cast, jay, client_as):
    assert client_as("staff").get(URL).status_code == 403
    assert client_as("staff").post(URL, {"project": cast.project.pk}).status_code == 403
    assert not NetworkAsk.objects.exists()


def test_leads_of_other_organisations_and_outsiders_find_nothing(cast, jay, client, staf):
    other_lead = OrganisationMemberFactory(is_lead=True).user
    for user in (other_lead, cast.outsider, cast.manager):
        client.force_login(user)
        assert client.get(URL).status_code == 404
        assert client.post(URL, {"project": cast.project.pk}).status_code == 404
    assert client.get("/organisations/no-such-place/network/").status_code == 404
    assert not NetworkAsk.objects.exists()


def test_anonymous_is_sent_to_sign_in_and_wrong_method(cast, staf, client, client_as):
    assert client.get(URL)["Location"].startswith("/accounts/login/")
    assert client.post(URL)["Location"].startswith("/accounts/login/")
    assert client_as("lead").put(URL).status_code == 405


def test_my_page_links_to_it_for_its_leads_only(cast, staf, client_as):
    assert URL in client_as("lead").get("/me/").content.decode()
    assert URL not in client_as("staff").get("/me/").content.decode()


def test_the_partners_page_names_its_leads(cast, staf, client_as):
    body = client_as("young_person").get("/projects/care-leavers/partners/").content.decode()
    assert "Leads its network of people to ask about future work: Project lead" in body


def test_a_page_holds_at_most_50_people(cast, earlier, client_as):
    for n in range(52):
        in_network(earlier, f"Person{n}")
    body = client_as("lead").get(URL).content.decode()
    assert body.count("data-network-person") == 50 and "Page 1 of 2" in body
    assert "52 people" in body


def test_query_budget_holds_at_3_and_50_people(cast, earlier, client_as):
    client = client_as("lead")
    module = make_module(earlier)
    session = make_session(earlier, days=-5)
    made = []

    def grow(n):
        while len(made) < n:
            user, place = in_network(earlier, f"Person{len(made)}")
            place.in_working_group = True
            place.save()
            NetworkAsk.objects.create(user=user, project=earlier)
            Attendance.objects.create(session=session, participant=place, attended=True)
            Completion.objects.create(module=module, participant=place)
            made.append(user)

    # Session and user; the organisation and the viewer's place in it; the projects the lead may
    # invite to (for the choice and to know there are any); counting the people, the page of
    # them with their answers and asks, their places; the organisation's projects, sessions
    # came to, trainings, the four kinds of role held; and the messages shown.
    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=17)


def test_a_persons_organisations_are_in_their_data_and_go_with_their_account(cast, staf):
    from participants.selectors.account import personal_data
    from participants.services.account import user_delete
    from projects.models import OrganisationMember

    held = {part["key"]: part["rows"] for part in personal_data(cast.staff)["more"]}
    assert held["organisations"] == [{"Organisation": "STAF", "Leads its network": False}]
    user_delete(user=cast.staff)
    assert not OrganisationMember.objects.filter(is_lead=False).exists()
