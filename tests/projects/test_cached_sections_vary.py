"""Every piece of a page kept as HTML ({% cache %}) says what it varies on in one place.

A block is either the same for everyone who may see the page (it varies only on the project's
data version), or it varies on `data.vary`, which the section's own selector works out next to
the reads and permission checks that make the HTML differ. Nothing else goes in the key, so
the two can never drift apart."""

import re
from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"
BLOCK = re.compile(r"{% cache (\S+) \"(\w+)\" (.*?) %}")

# Kept once for everyone who may see the page: nothing in them depends on who is looking.
SAME_FOR_EVERYONE = {
    "overview_partners",
    "overview_funding",
    "overview_history",
    "overview_decisions",
    "overview_idea_participation",
}


def blocks():
    for path in sorted(TEMPLATES.rglob("*.html")):
        for match in BLOCK.finditer(path.read_text()):
            yield path, match.group(2), match.group(3).split()


def test_there_are_cached_blocks_to_check():
    assert len(list(blocks())) >= 10


def test_each_block_varies_on_the_version_and_at_most_the_sections_own_vary():
    wrong = []
    for path, name, vary_on in blocks():
        expected = (
            ["freshness.key"] if name in SAME_FOR_EVERYONE else ["freshness.key", "data.vary"]
        )
        if vary_on != expected:
            wrong.append((path.name, name, vary_on))
    assert wrong == []


def test_a_block_the_same_for_everyone_reads_nothing_about_the_viewer():
    viewer_words = ("perms", "user", "member", "can_", "request")
    leaky = []
    for path, name, _ in blocks():
        if name not in SAME_FOR_EVERYONE:
            continue
        body = path.read_text().split(f'"{name}"', 1)[1].split("{% endcache %}", 1)[0]
        leaky += [(path.name, word) for word in viewer_words if word in body]
    assert leaky == []
