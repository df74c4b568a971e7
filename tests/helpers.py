"""Shared test helpers: query budgets, accessibility checks and browser sign-in."""

import io

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

# axe-core tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def demo_project(settings):
    """The demo project as `make run` shows it: loaded by `seed_demo` (which runs only with
    DEBUG on), then served with DEBUG off from an empty cache."""
    from django.core.management import call_command

    from projects.models import Project
    from projects.seed.demo import DEMO_SLUG

    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    settings.DEBUG = False
    cache.clear()
    return Project.objects.get(slug=DEMO_SLUG)


def count_queries(fn):
    with CaptureQueriesContext(connection) as ctx:
        result = fn()
    return len(ctx.captured_queries), result


def cold_and_warm(fetch):
    """Queries for a fetch with an empty cache, then for the same fetch again (cached figures
    in place, as in a busy web process); returns ((cold, warm), last response).

    What is counted is the work of making the page: pages kept whole for their viewer
    (projects/views/kept_pages.py) are made afresh here, and held to their own budget in
    tests/codesign/test_kept_pages.py."""
    with override_settings(KEEP_PAGES=False):
        cache.clear()
        cold, response = count_queries(fetch)
        assert response.status_code == 200, response.status_code
        warm, response = count_queries(fetch)
        assert response.status_code == 200, response.status_code
    return (cold, warm), response


def assert_query_budget(*, fetch, grow, budget, sizes=(3, 50)):
    """Check a list page stays within `budget` queries at each size, and does not grow with rows,
    with an empty cache and with a warm one.

    `grow(n)` makes sure n rows exist; `fetch()` makes the request and returns the response.
    """
    counts = {}
    for size in sizes:
        grow(size)
        counts[size], _ = cold_and_warm(fetch)
    assert all(max(n) <= budget for n in counts.values()), f"over budget {budget}: {counts}"
    assert len(set(counts.values())) == 1, f"queries grow with rows: {counts}"
    return counts


def assert_paged_at_scale(*, fetch, grow, row_marker, big=2000, per_page=50, small_shown=3):
    """A page of a big list holds at most `per_page` rows and costs the queries a small one does
    (with an empty cache and with a warm one).

    `grow(n)` makes sure n rows exist (use bulk_create: thousands of rows); `row_marker` is a
    piece of HTML found once per row shown (`small_shown` times when there are 3 rows).
    """
    grow(3)
    small, response = cold_and_warm(fetch)
    if small_shown is not None:
        assert response.content.decode().count(row_marker) == small_shown
    grow(big)
    large, response = cold_and_warm(fetch)
    shown = response.content.decode().count(row_marker)
    assert 0 < shown <= per_page, f"{shown} rows on one page"
    assert large == small, f"queries grow with rows: {small} at 3, {large} at {big}"
    return response


def assert_no_axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import Error

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    # A click that leads to a new page returns once the page has started to arrive: wait for
    # all of it, and once more should the check land between two documents.
    page.wait_for_load_state("load")
    try:
        results = Axe().run(page, options=options)
    except Error:
        page.wait_for_load_state("load")
        results = Axe().run(page, options=options)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def sign_in_browser(page, live_server, user):
    """Give the browser a signed-in session for `user` without typing a password."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )


def user_for(cast, who):
    """The cast member called `who` ("lead", "outsider"…), or an anonymous visitor."""
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser() if who == "anonymous" else cast.users[who]


def expect_form_error(page, message):
    """The message is shown twice: as a link in the error summary and beside its field."""
    from playwright.sync_api import expect

    expect(page.locator("[data-error-summary]").get_by_role("link", name=message)).to_be_visible()
    expect(page.get_by_text(message)).to_have_count(2)


def follow_confirmation_link(client, outbox, to):
    """Open the "finish making your account" link emailed to `to`, as its owner would."""
    import re

    body = next(m.body for m in reversed(outbox) if to in m.to and "confirm-email" in m.body)
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", body).group(1)
    return client.post(link)


def confirm_email_in_browser(page, outbox, to):
    """Open the "finish making your account" link emailed to `to` and say yes."""
    import re

    body = next(m.body for m in reversed(outbox) if to in m.to and "confirm-email" in m.body)
    path = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", body).group(1)
    page.goto(path)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Yes, this is my email address").click()


class CspWatch:
    """Records every Content Security Policy violation in a browser context, so the browser
    suite fails when a page needs something the policy refuses."""

    def __init__(self, context):
        self.violations = []
        context.expose_function("__codesignCspViolation", self._record)
        context.add_init_script(
            "document.addEventListener('securitypolicyviolation', (e) => "
            "window.__codesignCspViolation("
            "`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`));"
        )
        context.on("console", self._console)

    def _record(self, text):
        self.violations.append(text)

    def _console(self, message):
        if message.type == "error" and "Content Security Policy" in message.text:
            self.violations.append(message.text)
