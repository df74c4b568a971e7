"""On a small phone: a young person who finished a training keeps it as an Open Badge, downloads
the file, and a college with no account checks it at the verify page and is told it is valid."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from sessions.models import Credential
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.sessions.credentials import badge, finished, lead_organisation

pytestmark = pytest.mark.browser


def test_a_young_person_downloads_a_badge_and_a_college_checks_it(cast, browser, live_server):
    lead_organisation(cast.project)
    module = finished(cast).module
    context = browser.new_context(
        viewport={"width": 360, "height": 720}, base_url=live_server.url, accept_downloads=True
    )
    context.set_default_timeout(8000)
    phone = context.new_page()
    sign_in_browser(phone, live_server, cast.young_person)

    phone.goto(f"/projects/care-leavers/training/{module.pk}/")
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="Get an Open Badge for this training").click()
    expect(phone.get_by_text("Your Open Badge is ready.")).to_be_visible()
    assert_no_axe_violations(phone)
    with phone.expect_download() as download:
        phone.get_by_role("link", name="Download your Open Badge (.jwt file)").click()
    credential = Credential.objects.get()
    assert download.value.suggested_filename == f"open-badge-{credential.public_id}.jwt"
    token = Path(download.value.path()).read_text()
    assert token == credential.token
    context.close()

    college = browser.new_context(viewport={"width": 360, "height": 720}, base_url=live_server.url)
    college.set_default_timeout(8000)
    visitor = college.new_page()
    visitor.goto("/credentials/verify/")
    assert_no_axe_violations(visitor)
    visitor.get_by_label("Paste the credential").fill(token)
    visitor.get_by_role("button", name="Check it").click()
    expect(visitor.get_by_role("heading", name="This credential is valid")).to_be_visible()
    expect(visitor.get_by_text("Speaking up with managers")).to_be_visible()
    assert_no_axe_violations(visitor)

    visitor.get_by_label("Paste the credential").fill(token[:-3] + "abc")
    visitor.get_by_role("button", name="Check it").click()
    expect(visitor.get_by_role("heading", name="This credential is not valid")).to_be_visible()
    assert_no_axe_violations(visitor)
    college.close()


def test_the_lead_revokes_a_badge_and_its_link_says_so(cast, browser, live_server):
    lead_organisation(cast.project)
    credential = badge(cast)
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(8000)
    page = context.new_page()
    sign_in_browser(page, live_server, cast.lead)

    page.goto("/projects/care-leavers/credentials/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Revoke Speaking up with managers").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Revoke it").click()
    expect(page.get_by_text("Say why it is being revoked.").first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Why is it being revoked?").fill("Given to the wrong person")
    page.get_by_role("button", name="Revoke it").click()
    expect(page.get_by_text("Revoked: Speaking up with managers.")).to_be_visible()

    page.goto(f"/credentials/{credential.public_id}/")
    expect(page.get_by_role("heading", name="This credential has been revoked")).to_be_visible()
    expect(page.get_by_text("IRISS revoked it on")).to_be_visible()
    assert_no_axe_violations(page)
    context.close()
