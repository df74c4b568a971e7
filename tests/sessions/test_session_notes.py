import pytest


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/notes/"


def test_a_facilitator_writes_notes_everyone_can_read(cast, client_as, session):
    response = client_as("facilitator").post(url(session), {"notes": "We drew a map."})
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.notes_after == "We drew a map."
    assert (
        "We drew a map."
        in client_as("young_person").get(session.get_absolute_url()).content.decode()
    )


def test_notes_too_long_are_refused(cast, client_as, session):
    response = client_as("lead").post(url(session), {"notes": "x" * 10001})
    assert response.status_code == 200 and "at most 10000 characters" in response.content.decode()
    session.refresh_from_db()
    assert session.notes_after == ""


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_it_requires_a_lead_or_facilitator(cast, client_as, session, who):
    assert client_as(who).post(url(session), {"notes": "Mine"}).status_code == 403


def test_it_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(url(session)).status_code == 404


def test_it_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(url(session)).url


def test_it_rejects_put(cast, client_as, session):
    assert client_as("lead").put(url(session)).status_code == 405
