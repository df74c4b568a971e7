"""Every prototypes page, opened by every role."""

import pytest

from sessions.models import Comment, Prototype
from tests.conftest import EVERYONE
from tests.sessions.prototype_helpers import add_picture, comment, make_prototype, open_round

RUNNERS = {"lead", "facilitator"}
MEMBERS = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}

PAGES = [
    ("prototypes/", MEMBERS),
    ("prototypes/new/", MEMBERS),
    ("prototypes/comments-to-look-at/", RUNNERS),
    ("prototypes/{prototype}/", MEMBERS),
    ("prototypes/{prototype}/edit/", MEMBERS),
    ("prototypes/{prototype}/versions/new/", MEMBERS),
    ("prototypes/{prototype}/pictures/new/", MEMBERS),
    ("prototypes/{prototype}/pictures/{picture}/", MEMBERS),
    ("prototypes/{prototype}/pictures/{picture}/small/", MEMBERS),
    ("prototypes/{prototype}/decision/", RUNNERS),
    ("prototypes/{prototype}/sheets/new/", MEMBERS),
    ("prototypes/{prototype}/test-rounds/new/", RUNNERS),
    ("prototypes/{prototype}/test-rounds/{round}/", MEMBERS),
    ("prototypes/{prototype}/comments/{comment}/edit/", {"staff"}),
    ("prototypes/{prototype}/comments/{comment}/delete/", {"staff"}),
    ("prototypes/{prototype}/comments/{comment}/hide/", RUNNERS),
]


@pytest.fixture
def objects(cast):
    prototype = make_prototype(cast)
    return {
        "prototype": prototype.pk,
        "picture": add_picture(cast, prototype).pk,
        "comment": comment(cast, prototype, "staff").pk,
        "round": open_round(prototype).pk,
    }


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("page, allowed", PAGES)
def test_each_page_answers_each_role(cast, client_as, objects, who, page, allowed):
    response = client_as(who).get(f"/projects/{cast.project.slug}/" + page.format(**objects))
    if who == "anonymous":
        assert response.status_code == 302 and "/accounts/login/" in response.url
    elif who == "outsider":
        assert response.status_code == 404
    else:
        assert response.status_code == (200 if who in allowed else 403)


@pytest.mark.parametrize("who", EVERYONE)
def test_reporting_answers_each_role_and_refuses_ones_own(cast, client_as, objects, who):
    path = "prototypes/{prototype}/comments/{comment}/report/".format(**objects)
    response = client_as(who).get(f"/projects/{cast.project.slug}/" + path)
    expected = {"anonymous": 302, "outsider": 404, "staff": 400}.get(who, 200)
    assert response.status_code == expected


def test_an_idea_from_another_project_is_not_found(cast, client_as, objects):
    from tests.factories import ProjectFactory

    other = ProjectFactory(slug="elsewhere")
    moved = Prototype.objects.create(project=other, title="Elsewhere", kind="map")
    response = client_as("lead").get(f"/projects/{cast.project.slug}/prototypes/{moved.pk}/")
    assert response.status_code == 404
    assert Comment.objects.count() == 1
