"""Every kind of control shows keyboard focus with at least 3:1 contrast against how it looked
before: a field, a button and a link, measured from the pixels on the screen."""

import pytest

from tests.browser.focus import focus_indicator

pytestmark = pytest.mark.browser


@pytest.fixture
def sign_in_page(browser, live_server, db):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=live_server.url, reduced_motion="reduce"
    )
    page = context.new_page()
    page.goto("/accounts/login/")
    yield page
    context.close()


def assert_visible_focus(page, locator):
    strong, needed = focus_indicator(page, locator)
    assert strong >= needed, f"only {strong} pixels change by 3:1, {needed} needed"


def test_a_field_shows_focus_clearly(sign_in_page):
    assert_visible_focus(sign_in_page, sign_in_page.get_by_label("Email address"))


def test_a_button_shows_focus_clearly(sign_in_page):
    assert_visible_focus(sign_in_page, sign_in_page.get_by_role("button", name="Sign in"))


def test_a_link_shows_focus_clearly(sign_in_page):
    link = sign_in_page.get_by_role("main").get_by_role("link", name="Create an account")
    assert_visible_focus(sign_in_page, link)


def test_a_tick_box_shows_focus_clearly(sign_in_page):
    assert_visible_focus(
        sign_in_page, sign_in_page.get_by_label("Keep me signed in on this device")
    )


def test_the_measure_rejects_a_faint_glow(desktop):
    """The framework's stock focus ring (a pale blue glow) is what this check exists to catch."""
    desktop.set_content(
        "<!doctype html><html lang='en'><head><title>t</title><style>"
        "input{border:1px solid #dee2e6;padding:6px;font-size:16px}"
        "input:focus{outline:0;border-color:#86b7fe;box-shadow:0 0 0 4px rgba(13,110,253,.25)}"
        "</style></head><body><main><label for='f'>Name</label><input id='f'></main></body></html>"
    )
    strong, needed = focus_indicator(desktop, desktop.get_by_label("Name"))
    assert strong < needed
