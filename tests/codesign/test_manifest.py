"""/manifest.webmanifest: what a phone needs to add Codesign to its home screen."""

import json

from django.contrib.staticfiles import finders
from PIL import Image

URL = "/manifest.webmanifest"


def test_it_works_for_anyone(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    assert response["Cache-Control"] == "public, max-age=3600"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Codesign"
    assert manifest["short_name"] == "Codesign"
    assert manifest["start_url"] == "/"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#0b4f4a"
    assert manifest["background_color"] == "#fbf8f3"


def test_its_colours_are_the_sites_own():
    theme = finders.find("css/theme.css")
    with open(theme) as styles:
        text = styles.read()
    assert "--cd-brand-dark: #0b4f4a;" in text
    assert "--cd-paper: #fbf8f3;" in text


def test_its_icons_are_pictures_of_the_sizes_it_says(client, db):
    icons = json.loads(client.get(URL).content)["icons"]
    pngs = [icon for icon in icons if icon["type"] == "image/png"]
    assert {icon["sizes"] for icon in pngs} == {"192x192", "512x512"}
    assert any(icon.get("purpose") == "maskable" for icon in pngs)
    for icon in pngs:
        path = finders.find(icon["src"].removeprefix("/static/"))
        with Image.open(path) as picture:
            assert f"{picture.width}x{picture.height}" == icon["sizes"]
            assert picture.format == "PNG"


def test_it_is_the_same_for_someone_signed_in(client_as):
    response = client_as("young_person").get(URL)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=3600"


def test_it_rejects_post(client, db):
    assert client.post(URL).status_code == 405


def test_every_page_links_to_it_and_starts_the_service_worker(client, db):
    body = client.get("/accessibility/").content.decode()
    assert f'<link rel="manifest" href="{URL}">' in body
    assert '<script src="/static/js/offline.js" defer></script>' in body
