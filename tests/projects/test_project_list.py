from participants.models import SupportNeeds
from projects.roles import MemberStatus, Role
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import assert_query_budget


def test_it_lists_only_my_projects(cast, client_as):
    elsewhere = ProjectFactory(title="Somebody else's project")
    response = client_as("staff").get("/projects/")
    body = response.content.decode()
    assert cast.project.title in body
    assert elsewhere.title not in body


def test_it_leaves_out_projects_i_have_left(cast, client_as):
    cast.participants["staff"].status = "left"
    cast.participants["staff"].save()
    body = client_as("staff").get("/projects/").content.decode()
    assert "You are not part of a project yet" in body


def test_query_budget_holds_at_3_and_50_projects(cast, client_as):
    client = client_as("manager")

    def grow(n):
        while cast.manager.participations.count() < n:
            ParticipantFactory(user=cast.manager, role=Role.MANAGER)

    assert_query_budget(fetch=lambda: client.get("/projects/"), grow=grow, budget=6)


def test_each_project_says_what_is_next_for_me(cast, client_as):
    body = client_as("young_person").get("/projects/").content.decode()
    assert "You take part as a young person." in body
    link = f'href="/projects/{cast.project.slug}/my-needs/">tell us what helps you take part'
    assert link in body


def test_a_lead_is_told_who_is_waiting_for_a_yes(cast, client_as):
    ParticipantFactory(project=cast.project, status=MemberStatus.PENDING)
    ParticipantFactory(project=cast.project, status=MemberStatus.PENDING)
    body = client_as("lead").get("/projects/").content.decode()
    assert "2 people are waiting for a yes" in body
    assert "tell us what helps you take part" not in body


def test_once_i_have_said_what_helps_the_reminder_goes(cast, client_as):
    SupportNeeds.objects.create(participant=cast.participants["young_person"])
    body = client_as("young_person").get("/projects/").content.decode()
    assert "tell us what helps you take part" not in body


def test_someone_in_many_projects_sees_them_a_page_at_a_time(cast, client_as):
    for n in range(29):
        ParticipantFactory(
            user=cast.manager, role=Role.MANAGER, project=ProjectFactory(title=f"Project {n:02}")
        )
    client = client_as("manager")
    first = client.get("/").content.decode()
    assert "You take part in 30 projects." in first and "Page 1 of 2" in first
    assert first.count('class="card card-linked') == 24
    second = client.get("/projects/?page=2").content.decode()
    assert second.count('class="card card-linked') == 6 and "Support for care leavers" in second
