"""No page of the demo uses a Bootstrap class that the cut-down stylesheet left out: every page
the browser sweeps open (as a lead, a young person and a visitor), fetched once, its classes
compared with the selectors kept. A class Bootstrap does not style is the site's own and is
not asked about."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
import tinycss2
from django.contrib.staticfiles import finders
from django.test import Client

from codesign.assets.finders import NAME, bootstrap_css
from codesign.templatetags.page_scripts import HTMX, scripts_needed
from participants.models import Participant
from tests.browser.test_every_page_accessible import lead_pages, visitor_pages, young_person_pages
from tests.helpers import demo_project

pytestmark = pytest.mark.slow


class Classes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "class" and value:
                self.found.update(value.split())


def classes_in(html):
    parser = Classes()
    parser.feed(html)
    return parser.found


def _walk(tokens):
    for token in tokens:
        yield token
        if hasattr(token, "arguments"):
            yield from _walk(token.arguments)
        elif getattr(token, "content", None) and not isinstance(token.content, str):
            yield from _walk(token.content)


def styled_classes(css):
    """Every class a stylesheet's selectors name, at any depth."""
    found = set()

    def rules(nodes):
        for node in nodes:
            if node.type == "qualified-rule":
                tokens = list(_walk(node.prelude))
                for before, token in zip(tokens, tokens[1:], strict=False):
                    if before.type == "literal" and before.value == "." and token.type == "ident":
                        found.add(token.value)
            elif node.type == "at-rule" and node.content and node.lower_at_keyword != "keyframes":
                rules(tinycss2.parse_rule_list(node.content, skip_whitespace=True))

    rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return found


def test_styled_classes_reads_nested_rules_and_functions():
    css = ".a:not(.b){x:y}@media print{.c > .d{x:y}}@keyframes k{from{x:y}}"
    assert styled_classes(css) == {"a", "b", "c", "d"}


@pytest.fixture
def pages(db, settings):
    project = demo_project(settings)
    lead, young = Client(), Client()
    lead.force_login(Participant.objects.get(project=project, role="lead").user)
    young.force_login(
        Participant.objects.get(project=project, user__email="young.person@demo.codesign.test").user
    )
    fetched = {}
    for client, paths in (
        (lead, lead_pages(project)),
        (young, young_person_pages(project)),
        (Client(), visitor_pages(project)),
    ):
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, f"{path} answered {response.status_code}"
            if "text/html" in response["Content-Type"]:
                fetched[path] = response.content.decode()
    assert len(fetched) > 100
    return fetched


def test_every_bootstrap_class_a_page_uses_was_kept_and_htmx_loads_only_where_used(pages):
    bootstrap = styled_classes(bootstrap_css().read_text())
    kept = styled_classes(Path(finders.find(NAME)).read_text())
    used, missing, wrong_scripts = set(), {}, []
    for path, html in pages.items():
        from_bootstrap = classes_in(html) & bootstrap
        used |= from_bootstrap
        if from_bootstrap - kept:
            missing[path] = sorted(from_bootstrap - kept)
        wants_htmx = HTMX in scripts_needed(html)
        if wants_htmx != ("/static/django_htmx/htmx-2" in html) or "bootstrap.bundle" in html:
            wrong_scripts.append(path)
    assert len(used) > 50, "the pages should use Bootstrap's classes"
    assert missing == {}
    assert wrong_scripts == []
