from participants.models import Participant
from projects.models import Project

URL = "/projects/new/"


def test_it_creates_a_project_and_makes_the_creator_lead(cast, client_as):
    client = client_as("outsider")
    response = client.post(URL, {"title": "  Support   after care ", "summary": "Together."})
    project = Project.objects.get(title="Support after care")
    assert response.status_code == 302
    assert response["Location"] == f"/projects/{project.slug}/"
    assert project.created_by == cast.outsider
    lead = Participant.objects.get(project=project, user=cast.outsider)
    assert (lead.role, lead.status) == ("lead", "active")
    assert cast.outsider.has_perm("projects.change_project", project)


def test_it_gives_each_project_its_own_address(cast, client_as):
    client = client_as("lead")
    client.post(URL, {"title": "Same name"})
    client.post(URL, {"title": "Same name"})
    assert sorted(Project.objects.filter(title="Same name").values_list("slug", flat=True)) == [
        "same-name",
        "same-name-2",
    ]


def test_it_shows_the_form(cast, client_as):
    response = client_as("young_person").get(URL)
    assert response.status_code == 200
    assert "Project name" in response.content.decode()


def test_it_sends_visitors_to_sign_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/projects/new/")
    assert client.post(URL, {"title": "Sneaky"}).status_code == 302
    assert not Project.objects.filter(title="Sneaky").exists()


def test_it_explains_a_missing_name_and_keeps_what_was_typed(cast, client_as):
    response = client_as("lead").post(URL, {"title": "  ", "summary": "Keep me"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "This field is required." in body or "Give the project a name" in body
    assert "Keep me" in body
    assert Project.objects.count() == 1


def test_it_refuses_a_too_short_name(cast, client_as):
    response = client_as("lead").post(URL, {"title": "ab"})
    assert "Give the project a name of at least 3 letters." in response.content.decode()
    assert Project.objects.count() == 1
