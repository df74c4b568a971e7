from projects.roles import Role
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
