import pytest

from tests.factories import ParticipantFactory, UserFactory

URL = "/projects/care-leavers/people/waiting/"


@pytest.fixture
def sam(cast):
    return ParticipantFactory(
        project=cast.project, user=UserFactory(display_name="Sam"), status="pending", joined_at=None
    )


def test_someone_waiting_sees_that_a_lead_will_look(cast, client, sam):
    client.force_login(sam.user)
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Waiting for a yes" in body
    assert "You asked to join Support for care leavers as a young person" in body


def test_a_member_is_sent_to_the_project(cast, client_as):
    assert client_as("young_person").get(URL)["Location"] == "/projects/care-leavers/"


@pytest.mark.parametrize("status", ["left", "invited"])
def test_people_who_left_see_nothing_here(cast, client, status):
    person = ParticipantFactory(project=cast.project, status=status)
    client.force_login(person.user)
    assert client.get(URL).status_code == 404
