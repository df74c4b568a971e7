import pytest
from django.test import Client, override_settings
from django.urls import path


def test_landing_page_explains_codesign_to_visitors(client, db):
    response = client.get("/")
    assert response.status_code == 200
    assert "Design services together, as equals" in response.content.decode()
    assert b"Create an account" in response.content


def test_signed_in_people_see_their_projects_on_the_start_page(cast, client_as):
    response = client_as("young_person").get("/")
    assert response.status_code == 200
    assert "Your projects" in response.content.decode()
    assert cast.project.title in response.content.decode()


def test_accessibility_statement_is_reachable_from_every_page(client, db):
    home = client.get("/")
    assert b'href="/accessibility/"' in home.content
    assert client.get("/accessibility/").status_code == 200


def test_every_page_has_a_skip_link_and_landmarks(client, db):
    html = client.get("/").content.decode()
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and 'aria-label="Main"' in html


def test_unknown_address_gives_a_styled_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Skip to main content" in response.content.decode()


def broken_view(request):
    raise RuntimeError("secret internal detail")


urlpatterns = [path("broken/", broken_view)]


@override_settings(ROOT_URLCONF=__name__)
def test_server_error_gives_a_styled_500_without_details(db):
    client = Client(raise_request_exception=False)
    response = client.get("/broken/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert "secret internal detail" not in body
    assert "Traceback" not in body


def test_styles_come_from_our_own_static_files(client, db):
    html = client.get("/").content.decode()
    assert "/static/css/bootstrap-used.css" in html
    assert "cdn" not in html.lower()


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_landing_page_only_answers_get(client, db, method):
    assert getattr(client, method)("/").status_code == 405
