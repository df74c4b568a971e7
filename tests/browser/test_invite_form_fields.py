"""The invite form shows only the fields that fit the chosen way of inviting, with or without
JavaScript."""

import pytest
from playwright.sync_api import expect

from participants.models import Invitation
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_email_field_shows_only_for_an_invitation_by_email(
    browser, live_server, cast, javascript
):
    context = browser.new_context(
        viewport={"width": 375, "height": 667},
        base_url=live_server.url,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    sign_in_browser(page, live_server, cast.lead)
    page.goto(f"/projects/{cast.project.slug}/people/invite/")
    email = page.get_by_label("Their email address")
    expect(email).to_be_visible()

    page.get_by_label("On a printed card with a code (no email needed)").check()
    expect(email).to_be_hidden()
    if javascript:  # axe itself runs as a script
        assert_no_axe_violations(page)

    page.get_by_label("By email").check()
    expect(email).to_be_visible()

    page.get_by_label("On a printed card with a code (no email needed)").check()
    page.get_by_role("button", name="Make the invitation").click()
    expect(page.get_by_text("The invitation is ready.")).to_be_visible()
    assert Invitation.objects.get(project=cast.project).email == ""
    context.close()
