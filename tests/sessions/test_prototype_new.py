from sessions.models import Prototype, PrototypeVersion
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import add_picture, make_prototype, url


def test_a_young_person_adds_the_friends_pack_from_a_session(cast, client_as):
    session = make_session(cast.project, days=-3)
    response = client_as("young_person").post(
        f"/projects/{cast.project.slug}/prototypes/new/",
        {
            "title": "Friends' pack",
            "description": "Tips from us",
            "kind": "information_pack",
            "session": session.pk,
        },
    )
    prototype = Prototype.objects.get()
    assert response.status_code == 302 and response.url == prototype.get_absolute_url()
    assert prototype.created_by == cast.participants["young_person"]
    assert prototype.session == session and prototype.status == Prototype.Status.IDEA
    assert prototype.versions.get().number == 1


def test_an_idea_needs_a_name(cast, client_as):
    response = client_as("staff").post(
        f"/projects/{cast.project.slug}/prototypes/new/", {"title": "  ", "kind": "map"}
    )
    assert "Give the idea a name." in response.content.decode()
    assert not Prototype.objects.exists()


def test_a_session_from_another_project_cannot_be_chosen(cast, client_as):
    from tests.factories import ProjectFactory

    elsewhere = make_session(ProjectFactory(slug="other"))
    response = client_as("staff").post(
        f"/projects/{cast.project.slug}/prototypes/new/",
        {"title": "Map", "kind": "map", "session": elsewhere.pk},
    )
    assert response.status_code == 200 and not Prototype.objects.exists()


def test_adding_needs_get_or_post(cast, client_as):
    assert (
        client_as("staff").delete(f"/projects/{cast.project.slug}/prototypes/new/").status_code
        == 405
    )


def test_a_new_version_keeps_the_earlier_pictures_with_their_version(cast, client_as):
    prototype = make_prototype(cast)
    first_picture = add_picture(cast, prototype)
    response = client_as("staff").post(
        url(prototype, "versions/new/"), {"what_changed": "Added bus times", "why": "People asked"}
    )
    assert response.status_code == 302
    versions = list(PrototypeVersion.objects.filter(prototype=prototype))
    assert [v.number for v in versions] == [1, 2]
    first_picture.refresh_from_db()
    assert first_picture.version == versions[0]
    newer = add_picture(cast, prototype, alt_text="The pack with a bus timetable inside")
    assert newer.version == versions[1]
    page = client_as("manager").get(url(prototype)).content.decode()
    assert "A folded paper pack" in page and "with a bus timetable" in page


def test_a_version_needs_to_say_what_changed(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("staff").post(url(prototype, "versions/new/"), {"what_changed": ""})
    assert "Say what changed." in response.content.decode()
    assert prototype.versions.count() == 1


def test_changing_the_details_and_status(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("manager").post(
        url(prototype, "edit/"),
        {"title": "Friends' pack (new)", "kind": "information_pack", "s-status": "testing"},
    )
    assert response.status_code == 302
    prototype.refresh_from_db()
    assert prototype.title == "Friends' pack (new)" and prototype.status == "testing"
