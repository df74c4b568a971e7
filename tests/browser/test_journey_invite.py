"""A local lead prints an invitation card; a young person joins with the code on a phone."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from participants.models import Participant
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_local_lead_prints_a_code_and_a_young_person_joins_on_a_phone(
    cast, desktop, phone, live_server
):
    # The local lead makes a printable invitation.
    page = desktop
    sign_in_browser(page, live_server, cast.local_lead)
    page.goto("/projects/care-leavers/people/")
    expect(page.get_by_role("heading", name="People", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Invite someone").click()
    expect(page.get_by_role("heading", name="Invite someone")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Make the invitation").click()  # no email given
    expect(page.get_by_text("Type their email address, or choose a printed card")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("On a printed card with a code (no email needed)").check()
    page.get_by_label("Their name (optional)").fill("Jay")
    page.get_by_label("How they will take part").select_option(label="Young person")
    page.get_by_role("button", name="Make the invitation").click()

    expect(page.get_by_role("heading", name="Invitation card")).to_be_visible()
    expect(
        page.get_by_role("heading", name="You are invited to take part in Support for care leavers")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Print this card")).to_be_visible()
    assert_no_axe_violations(page)
    code = page.locator(".invitation-code").inner_text().strip()
    assert len(code) == 9 and code[4] == "-"
    page.emulate_media(media="print")
    expect(page.get_by_role("heading", name="Invitation card")).to_be_hidden()
    expect(page.locator(".invitation-code")).to_be_visible()
    page.emulate_media(media="screen")

    # A young person types the code on a phone, small letters and no dash.
    page = phone
    page.goto("/join/")
    expect(page.get_by_role("heading", name="Join a project")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Your code").fill("0000-0000")
    page.get_by_role("button", name="Find my invitation").click()
    expect(page.get_by_text("Codes never use “0”.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Your code").fill(code.replace("-", "").lower())
    page.get_by_role("button", name="Find my invitation").click()
    expect(
        page.get_by_role("heading", name="You are invited to Support for care leavers")
    ).to_be_visible()
    expect(
        page.get_by_text("Local lead invited you (Jay) to take part as a young person.")
    ).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Your name").fill("Jay")
    page.get_by_label("Email address").fill("jay@example.org")
    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-different-passphrase")
    page.get_by_role("button", name="Make my account and join").click()
    expect(page.get_by_text("The two passwords are different.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Make my account and join").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Support for care leavers")
    expect(
        page.get_by_text(
            "Welcome to Support for care leavers! You are taking part as a young person."
        )
    ).to_be_visible()
    assert_no_axe_violations(page)
    jay = Participant.objects.get(user__email="jay@example.org")
    assert (jay.role, jay.status, jay.invited_by) == ("young_person", "active", cast.local_lead)
    assert page.viewport_size["width"] == 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # The local lead sees who joined.
    desktop.goto("/projects/care-leavers/people/")
    expect(desktop.get_by_text("Jay joined on")).to_be_visible()
    assert_no_axe_violations(desktop)
