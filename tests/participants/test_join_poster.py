"""/projects/<slug>/people/settings/poster/: a poster to print for the open join link, with its
QR code, the address and the code."""

import pytest

from participants.identity.codes import grouped
from projects.models import Project

URL = "/projects/care-leavers/people/settings/poster/"


@pytest.fixture
def open_link(cast):
    project = Project.objects.get(slug="care-leavers")
    project.open_join_enabled = True
    project.open_join_code = "ABCDEFGHJKLM"
    project.save()
    return project


def test_the_lead_prints_a_poster_with_the_qr_code_and_the_code(open_link, client_as, settings):
    settings.SITE_URL = "https://codesign.example.org"
    page = client_as("lead").get(URL).content.decode()
    assert "Help design Support for care leavers" in page
    assert '<svg role="img" aria-label="QR code that opens the page to join' in page
    assert grouped("ABCDEFGHJKLM") in page and "https://codesign.example.org/join/" in page
    settings_page = client_as("lead").get("/projects/care-leavers/people/settings/")
    assert "A poster to print, with its QR code" in settings_page.content.decode()


def test_without_a_join_link_it_says_to_turn_it_on(cast, client_as):
    response = client_as("lead").get(URL, follow=True)
    assert "Turn the join link on first" in response.content.decode()


def test_visitors_are_sent_to_sign_in(open_link, client):
    response = client.get(URL)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_outsiders_get_404(open_link, client_as):
    assert client_as("outsider").get(URL).status_code == 404


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person", "staff", "manager"])
def test_other_roles_get_403(open_link, client_as, who):
    assert client_as(who).get(URL).status_code == 403


def test_it_takes_only_get(open_link, client_as):
    assert client_as("lead").post(URL).status_code == 405
