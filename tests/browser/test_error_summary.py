"""Three different forms sent empty with the keyboard: each shows the same error summary,
focused, with "Error:" at the start of the page title, and each link moves focus to its field."""

import re

import pytest
from playwright.sync_api import expect

from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


def send_empty_by_keyboard(page, button_name):
    page.get_by_role("button", name=button_name).focus()
    page.keyboard.press("Enter")


def check_summary_then_follow_first_link(page, first_field_id):
    expect(page).to_have_title(re.compile(r"^Error: "))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)
    page.keyboard.press("Tab")
    first_link = summary.get_by_role("link").first
    expect(first_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(f"#{first_field_id}")).to_be_focused()


def test_error_summaries_behave_the_same_on_three_forms(cast, desktop, phone, live_server):
    sign_in_browser(desktop, live_server, cast.lead)

    desktop.goto("/projects/new/")
    expect(desktop).not_to_have_title(re.compile(r"^Error: "))
    send_empty_by_keyboard(desktop, "Create project")
    check_summary_then_follow_first_link(desktop, "id_title")

    desktop.goto("/projects/care-leavers/people/invite/")
    send_empty_by_keyboard(desktop, "Make the invitation")
    check_summary_then_follow_first_link(
        desktop, desktop.locator("[data-error-summary] a").first.get_attribute("href")[1:]
    )

    phone.goto("/join/")
    send_empty_by_keyboard(phone, "Find my invitation")
    check_summary_then_follow_first_link(phone, "id_code")
