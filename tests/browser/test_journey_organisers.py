"""On a site where only organisers start projects, anyone else who tries is told why, on a phone."""

import pytest
from playwright.sync_api import expect

from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


def test_someone_who_is_not_an_organiser_is_told_who_to_ask(cast, phone, live_server, settings):
    settings.PROJECT_CREATORS = "organisers"
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/projects/")
    expect(page.get_by_role("heading", name="Your projects")).to_be_visible()
    expect(page.get_by_role("link", name="Start a project")).to_have_count(0)
    page.goto("/projects/new/")
    expect(
        page.get_by_role("heading", name="Only organisers can start projects here")
    ).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="use your code to join").click()
    expect(page.get_by_role("heading", name="Join a project")).to_be_visible()
