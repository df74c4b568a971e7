import pytest

from projects.seed.scale import top_up_resources
from tests.conftest import MEMBER_ROLES
from tests.factories import ResourceFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget

URL = "/projects/care-leavers/resources/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_every_file(cast, client_as, who):
    members_only = ResourceFactory(project=cast.project, title="Session notes")
    shared = ResourceFactory(project=cast.project, title="Project report", is_public=True)
    response = client_as(who).get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    for resource in (members_only, shared):
        assert resource.title in body
        assert f"/resources/{resource.pk}/download/" in body


def test_it_describes_each_file(cast, client_as):
    cast.project.is_public = True
    cast.project.save()
    ResourceFactory(
        project=cast.project,
        content_type="application/pdf",
        size=1536,
        is_public=True,
        description="What we did.",
        uploaded_by=cast.lead,
    )
    ResourceFactory(project=cast.project, is_public=False)
    body = client_as("young_person").get(URL).content.decode()
    assert "PDF document, 1.5\xa0KB" in body
    assert "What we did." in body
    assert f"by {cast.lead.name}" in body
    assert body.count("Anyone can download it from the public page.") == 1
    assert body.count("Only for people in the project.") == 1


def test_leads_can_add_edit_and_delete(cast, client_as):
    resource = ResourceFactory(project=cast.project)
    body = client_as("lead").get(URL).content.decode()
    assert "Add a file" in body
    assert f"/resources/{resource.pk}/edit/" in body
    assert f"/resources/{resource.pk}/delete/" in body


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_others_can_only_download(cast, client_as, who):
    resource = ResourceFactory(project=cast.project)
    body = client_as(who).get(URL).content.decode()
    assert "Add a file" not in body
    assert f"/resources/{resource.pk}/edit/" not in body


def test_it_lists_only_this_projects_files(cast, client_as):
    ResourceFactory(title="Somebody else's report")
    assert "Somebody else" not in client_as("lead").get(URL).content.decode()


def test_outsiders_get_404(cast, client_as):
    ResourceFactory(project=cast.project, title="Session notes")
    response = client_as("outsider").get(URL)
    assert response.status_code == 404
    assert "Session notes" not in response.content.decode()


def test_query_budget(cast, client_as):
    client = client_as("facilitator")

    def grow(n):
        for _ in range(cast.project.resources.count(), n):
            ResourceFactory(project=cast.project, uploaded_by=cast.lead)

    assert_query_budget(fetch=lambda: client.get(URL), grow=grow, budget=7)


def test_a_page_of_2000_files_holds_50_and_costs_the_same_queries(cast, client_as):
    client = client_as("facilitator")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(URL),
        grow=lambda n: top_up_resources(cast.project, n, by=cast.lead),
        row_marker='<li class="card mb-3">',
    )
    body = response.content.decode()
    assert "2000 files, newest first." in body and "Page 1 of 40" in body
