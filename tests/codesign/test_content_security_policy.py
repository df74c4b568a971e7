"""Every page carries a Content Security Policy, and no template needs inline script."""

import re
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/join/", "/glossary/", "/nowhere/"])
def test_pages_for_visitors_carry_the_policy(db, client, path):
    directives = policy(client.get(path))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]


def test_pages_for_members_carry_the_policy(cast, client_as):
    directives = policy(client_as("lead").get(f"/projects/{cast.project.slug}/"))
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in str(directives)


def test_downloads_keep_their_own_stricter_policy(cast, client_as):
    from tests.factories import ResourceFactory

    resource = ResourceFactory(project=cast.project)
    response = client_as("lead").get(
        f"/projects/{cast.project.slug}/resources/{resource.pk}/download/"
    )
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def all_templates():
    return sorted(TEMPLATES.rglob("*.html"))


INLINE_HANDLER = re.compile(r"<[^>]*\son[a-z]+\s*=", re.IGNORECASE)
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style[\s>]|\sstyle\s*=", re.IGNORECASE)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']\s*javascript:""", re.IGNORECASE)


def test_there_are_templates_to_check():
    assert len(all_templates()) > 50


@pytest.mark.parametrize(
    "pattern", [INLINE_HANDLER, INLINE_SCRIPT, INLINE_STYLE, JS_URL], ids=lambda p: p.pattern
)
def test_no_template_has_inline_script_or_style(pattern):
    found = [
        f"{path.relative_to(TEMPLATES)}: {match.group(0)}"
        for path in all_templates()
        for match in pattern.finditer(path.read_text())
    ]
    assert found == []


@pytest.mark.parametrize(
    "html",
    [
        '<button onclick="go()">',
        "<script>alert(1)</script>",
        '<div style="color:red">',
        '<a href="javascript:go()">',
    ],
)
def test_the_template_check_finds_inline_code(html):
    assert any(p.search(html) for p in [INLINE_HANDLER, INLINE_SCRIPT, INLINE_STYLE, JS_URL])
