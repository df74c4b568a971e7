"""Pages work under a strict Content Security Policy (default-src 'self'): no template has an
inline script, an inline event handler or a style attribute; looks come from classes."""

import re
from pathlib import Path

from django.conf import settings

FORBIDDEN = {
    "inline script": re.compile(r"<script(?![^>]*\bsrc=)", re.I),
    "style attribute": re.compile(r"\sstyle\s*=", re.I),
    "event handler": re.compile(r"\son[a-z]+\s*=\s*[\"']", re.I),
}


def test_no_template_has_inline_code_or_styles():
    found = []
    for folder in settings.TEMPLATES[0]["DIRS"]:
        for path in Path(folder).rglob("*.html"):
            text = path.read_text()
            found += [f"{path}: {what}" for what, rule in FORBIDDEN.items() if rule.search(text)]
    assert found == []


def test_the_rules_catch_what_they_are_for():
    assert FORBIDDEN["inline script"].search("<script>alert(1)</script>")
    assert not FORBIDDEN["inline script"].search('<script src="/static/x.js" defer></script>')
    assert FORBIDDEN["style attribute"].search('<p style="color:red">')
    assert FORBIDDEN["event handler"].search('<button onclick="go()">')
