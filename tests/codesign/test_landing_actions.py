"""The start page gives each audience one clear main action, people invited first."""

import re

from tests.factories import UserFactory


def test_the_first_main_action_is_for_people_with_an_invitation(client, db):
    body = client.get("/").content.decode()
    actions = re.findall(r'<a class="btn btn-primary" href="([^"]+)">([^<]+)</a>', body)
    assert actions[0] == ("/join/", "I have an invitation code")
    assert actions[1] == ("/accounts/signup/?next=/projects/new/", "Start a project")
    assert len(actions) == 2


def test_someone_without_a_project_is_pointed_to_their_code(client, db):
    client.force_login(UserFactory())
    body = client.get("/").content.decode()
    assert '<a class="btn btn-primary" href="/join/">I have an invitation code</a>' in body
