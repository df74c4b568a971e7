import pytest

from tests.conftest import MEMBER_ROLES


def url(project):
    return f"/projects/{project.slug}/"


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_the_overview(cast, client_as, who):
    response = client_as(who).get(url(cast.project))
    assert response.status_code == 200
    assert cast.project.title in response.content.decode()


def test_outsiders_get_404(cast, client_as):
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    assert cast.project.title not in response.content.decode()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.get(url(cast.project))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_it_rejects_post(cast, client_as):
    assert client_as("lead").post(url(cast.project)).status_code == 405


def test_unknown_project_is_404(cast, client_as):
    assert client_as("lead").get("/projects/nope/").status_code == 404
