"""On a phone: a young person opens their hours from My page, sees paid and unpaid hours kept
apart and how near the first volunteering award is, and downloads a time sheet to have signed."""

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.sessions.payments import add_rate, came_to, make_claim

pytestmark = pytest.mark.browser


def test_a_young_person_sees_their_hours_and_prints_a_time_sheet(cast, phone, live_server):
    young = cast.participants["young_person"]
    add_rate(cast.project)
    make_claim(young, came_to(young, days=-20, length=2, title="Mapping day"))
    came_to(young, days=-10, length=3, title="Pitch panel")
    came_to(young, days=-5, length=4, title="Working group")

    sign_in_browser(phone, live_server, cast.young_person)
    phone.goto("/me/")
    phone.get_by_role(
        "link", name="Your hours: paid, unpaid and towards volunteering awards"
    ).click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("Your hours")
    expect(phone.locator("[data-next-award]")).to_contain_text(
        "3 more unpaid hours to the 10-hour award."
    )
    expect(phone.get_by_role("row", name="Unpaid (volunteering) 7 hours")).to_be_visible()
    expect(phone.get_by_role("row", name="Paid 2 hours")).to_be_visible()
    assert_no_axe_violations(phone)
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Print a time sheet for Support for care leavers").click()
    text = " ".join(page.extract_text() for page in PdfReader(download.value.path()).pages)
    assert "Pitch panel" in text and "Unpaid (volunteering): 7 hours" in text and "Signed:" in text
