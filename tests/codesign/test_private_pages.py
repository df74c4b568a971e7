"""Pages shown to a signed-in person are never kept by a browser, proxy or shared computer."""

import pytest


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.mark.parametrize(
    ("who", "page"),
    [
        ("lead", "overview"),
        ("lead", "people"),
        ("lead", "person"),
        ("lead", "home"),
        ("young_person", "overview"),
        ("young_person", "people"),
        ("young_person", "me"),
    ],
)
def test_personal_pages_say_private_no_store(cast, client_as, who, page):
    project = cast.project
    paths = {
        "overview": f"/projects/{project.slug}/",
        "people": f"/projects/{project.slug}/people/",
        "person": f"/projects/{project.slug}/people/{cast.participants['young_person'].pk}/",
        "home": "/",
        "me": "/me/",
    }
    response = client_as(who).get(paths[page])
    assert response.status_code == 200, response.status_code
    assert {"private", "no-store"} <= cache_control(response)
    assert "public" not in cache_control(response)


def test_a_refusal_to_a_signed_in_person_is_not_kept_either(cast, client_as):
    response = client_as("outsider").get(f"/projects/{cast.project.slug}/")
    assert response.status_code == 404
    assert {"private", "no-store"} <= cache_control(response)


def test_pages_for_visitors_are_left_to_the_usual_rules(db, client):
    response = client.get("/accessibility/")
    assert "no-store" not in cache_control(response)


def test_files_and_pictures_keep_their_own_rules(cast, client_as):
    from tests.factories import ResourceFactory

    resource = ResourceFactory(project=cast.project)
    response = client_as("lead").get(
        f"/projects/{cast.project.slug}/resources/{resource.pk}/download/"
    )
    assert cache_control(response) == {"private", "no-cache"}
