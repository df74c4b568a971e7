"""Pages, CSV and JSON go out gzipped when the browser accepts it, without weakening CSRF."""

import gzip
import json
import re

from django.conf import settings

from codesign.middleware import COMPRESSIBLE
from tests.factories import ContributionFactory, PartnerFactory
from tests.sessions.prototype_helpers import add_picture, make_prototype

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}
TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def test_pages_are_gzipped_when_the_browser_accepts_it(cast, client_as):
    response = client_as("lead").get(f"/projects/{cast.project.slug}/", **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content)
    assert cast.project.title.encode() in html
    assert len(response.content) < len(html) / 2


def test_pages_are_plain_for_a_browser_that_does_not_accept_gzip(cast, client_as):
    response = client_as("lead").get(f"/projects/{cast.project.slug}/")
    assert not response.has_header("Content-Encoding")
    assert cast.project.title.encode() in response.content


def test_the_funding_csv_is_gzipped(cast, client_as):
    partner = PartnerFactory(project=cast.project)
    for _ in range(10):
        ContributionFactory(project=cast.project, partner=partner)
    response = client_as("lead").get(f"/projects/{cast.project.slug}/partners/funding.csv", **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode("utf-8-sig").startswith("Record")


def test_a_form_page_carries_a_freshly_masked_token_and_random_padding(cast, client_as):
    """The reasons compressing pages with a form is safe against BREACH: the CSRF secret never
    appears as the same bytes twice, and each compressed body has a random length of padding."""
    client = client_as("lead")
    tokens, lengths = set(), set()
    for _ in range(6):
        response = client.get(f"/projects/{cast.project.slug}/stage/", **GZIP)
        assert response["Content-Encoding"] == "gzip"
        tokens.add(TOKEN.search(gzip.decompress(response.content)).group(1))
        lengths.add(len(response.content))
    assert len(tokens) == 6
    assert len(lengths) > 1


def test_the_session_cookie_stays_off_cross_site_background_requests():
    assert settings.SESSION_COOKIE_SAMESITE in {"Lax", "Strict"}
    assert "codesign.middleware.CompressTextMiddleware" in settings.MIDDLEWARE


def test_static_files_are_served_before_compression_by_whitenoise():
    order = settings.MIDDLEWARE
    assert order.index("whitenoise.middleware.WhiteNoiseMiddleware") < order.index(
        "codesign.middleware.CompressTextMiddleware"
    )


def test_json_is_gzipped(cast, client_as):
    response = client_as("young_person").get("/me/data.json", **GZIP)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    data = json.loads(gzip.decompress(response.content))
    assert "young_person@example.org" in json.dumps(data)


def test_pictures_and_files_go_out_as_they_are(cast, client_as):
    prototype = make_prototype(cast)
    picture = add_picture(cast, prototype)
    path = f"/projects/{cast.project.slug}/prototypes/{prototype.pk}/pictures/{picture.pk}/"
    response = client_as("young_person").get(path, **GZIP)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert not response.has_header("Content-Encoding")
    assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_only_text_kinds_are_compressed():
    for kind in [
        "text/html; charset=utf-8",
        "text/csv",
        "text/calendar; charset=utf-8",
        "application/json",
        "application/problem+json",
        "image/svg+xml",
    ]:
        assert COMPRESSIBLE.match(kind), kind
    for kind in ["image/jpeg", "image/png", "application/pdf", "application/zip", "", "texty"]:
        assert not COMPRESSIBLE.match(kind), kind
