"""On a phone a hard word's meaning opens in the page under the word, pushing the form below it
down instead of covering it; on a wider screen it stays a pop-over."""

import pytest
from playwright.sync_api import expect

from projects.selectors.glossary import seed_site_glossary
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


def test_a_meaning_opens_in_the_page_and_covers_no_form(transactional_db, cast, phone, live_server):
    seed_site_glossary()
    sign_in_browser(phone, live_server, cast.lead)
    phone.goto(f"/projects/{cast.project.slug}/working-group/updates/new/")
    word = phone.get_by_role("button", name="working group (what this means)").first
    field = phone.locator("form textarea, form input[type=text]").first
    before = field.bounding_box()["y"]
    word.click()
    meaning = phone.locator(".glossary-meaning.is-inline")
    expect(meaning).to_be_visible()
    expect(phone.locator(".glossary-meaning:popover-open")).to_have_count(0)
    expect(word).to_have_attribute("aria-expanded", "true")
    box = meaning.bounding_box()
    after = field.bounding_box()["y"]
    assert after >= before + box["height"] * 0.9  # the form moved down, it is not covered
    assert box["y"] + box["height"] <= after
    assert_no_axe_violations(phone)
    meaning.get_by_role("button", name="Close the explanation of working group").click()
    expect(meaning).to_have_count(0)
    expect(word).to_be_focused()
