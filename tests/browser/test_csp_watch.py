"""The Content Security Policy is on in the browser suite, and a violation is noticed."""

import pytest
from playwright.sync_api import expect

from tests.helpers import CspWatch

pytestmark = pytest.mark.browser


@pytest.fixture
def watched(browser, live_server):
    context = browser.new_context(base_url=live_server.url)
    watch = CspWatch(context)
    page = context.new_page()
    yield page, watch
    context.close()


def test_inline_script_is_refused_and_recorded(db, watched):
    page, watch = watched
    page.goto("/accessibility/")
    page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = 'document.body.dataset.ran = "yes"';
            document.body.appendChild(script);
        }"""
    )
    page.wait_for_timeout(200)
    assert page.evaluate("document.body.dataset.ran") is None  # refused
    assert any("script-src" in violation for violation in watch.violations), watch.violations


def test_a_normal_page_has_no_violations(db, watched):
    page, watch = watched
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.wait_for_timeout(200)
    assert watch.violations == []


def test_the_admin_works_under_the_policy(cast, desktop, live_server):
    from participants.models import User
    from tests.helpers import sign_in_browser

    admin = User.objects.create_superuser("admin@example.org", "pw")
    page = desktop
    sign_in_browser(page, live_server, admin)
    for path in [
        "/admin/",
        "/admin/participants/user/",
        f"/admin/participants/user/{cast.young_person.pk}/change/",
        "/admin/projects/project/",
        f"/admin/projects/project/{cast.project.pk}/change/",
    ]:
        page.goto(path)
        expect(page.locator("#content")).to_be_visible()
    page.wait_for_timeout(200)
    # The desktop fixture fails the test on any violation when it closes.
