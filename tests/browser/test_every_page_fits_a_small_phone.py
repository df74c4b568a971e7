"""No page of the demo scrolls sideways on a 320 px wide phone (WCAG 1.4.10, reflow), for the
people who use each page. The pages are the same as in the accessibility sweep."""

import pytest

from participants.models import Participant
from tests.browser.test_every_page_accessible import (
    lead_pages,
    visitor_pages,
    young_person_pages,
)
from tests.helpers import sign_in_browser

pytestmark = pytest.mark.browser

WIDTH = 320


@pytest.fixture
def small_phone(browser, live_server):
    context = browser.new_context(
        viewport={"width": WIDTH, "height": 640}, base_url=live_server.url
    )
    context.set_default_timeout(8000)
    page = context.new_page()
    yield page
    context.close()


def pages_that_scroll_sideways(page, paths):
    wide = []
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, f"{path} answered {response.status}"
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            wide.append(f"{path} is {width} px wide")
    return wide


@pytest.mark.sweep
def test_no_page_a_lead_uses_scrolls_sideways(demo, small_phone, live_server):
    lead = Participant.objects.get(project=demo, role="lead").user
    sign_in_browser(small_phone, live_server, lead)
    assert pages_that_scroll_sideways(small_phone, lead_pages(demo)) == []


@pytest.mark.sweep
def test_no_page_a_young_person_uses_scrolls_sideways(demo, small_phone, live_server):
    jay = Participant.objects.get(project=demo, user__email="young.person@demo.codesign.test")
    sign_in_browser(small_phone, live_server, jay.user)
    assert pages_that_scroll_sideways(small_phone, young_person_pages(demo)) == []


@pytest.mark.sweep
def test_no_page_a_visitor_sees_scrolls_sideways(demo, small_phone, live_server):
    assert pages_that_scroll_sideways(small_phone, visitor_pages(demo)) == []


def test_the_check_finds_a_page_that_is_too_wide(small_phone):
    small_phone.set_content(
        "<!doctype html><html lang='en'><head><title>t</title>"
        "<meta name='viewport' content='width=device-width'></head>"
        "<body><table><tr><td>" + "x" * 200 + "</td></tr></table></body></html>"
    )
    assert small_phone.evaluate("document.documentElement.scrollWidth") > WIDTH
