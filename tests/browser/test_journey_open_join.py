"""A lead opens a join link; a newcomer asks to join on a phone; the lead says yes.
Then the lead adds someone who takes part offline and makes them a code."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import expect

from participants.models import Participant
from tests.factories import InvitationFactory
from tests.helpers import (
    assert_no_axe_violations,
    confirm_email_in_browser,
    expect_form_error,
    sign_in_browser,
)

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_open_link_request_and_approval(cast, desktop, phone, live_server):
    lead = desktop
    sign_in_browser(lead, live_server, cast.lead)
    lead.goto("/projects/care-leavers/people/")
    lead.get_by_role("link", name="Joining settings").click()
    expect(lead.get_by_role("heading", name="Joining settings")).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_label("Let people join with a link").check()
    lead.get_by_role("button", name="Save joining settings").click()
    expect_form_error(lead, "Choose at least one way people can take part")
    assert_no_axe_violations(lead)
    lead.get_by_role("group", name="People who use the link can take part as").get_by_label(
        "Young person"
    ).check()
    lead.get_by_role("button", name="Save joining settings").click()
    expect(lead.get_by_text("Joining settings saved.")).to_be_visible()
    assert_no_axe_violations(lead)
    link = lead.locator(".join-link a").inner_text()

    page = phone
    page.goto(link[link.index("/join/") :])
    expect(page.get_by_role("heading", name="Join Support for care leavers")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Young person").check()
    page.get_by_label("Your name").fill("Sam")
    page.get_by_label("Email address").fill("sam@example.org")
    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Make my account and ask to join").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_no_axe_violations(page)
    confirm_email_in_browser(page, mail.outbox, "sam@example.org")
    # Back at the link, signed in: one more press asks to join.
    page.get_by_label("Young person").check()
    page.get_by_role("button", name="Ask to join").click()
    expect(page.get_by_role("heading", name="Waiting for a yes")).to_be_visible()
    assert_no_axe_violations(page)
    assert Participant.objects.get(user__email="sam@example.org").status == "pending"

    lead.goto("/projects/care-leavers/people/")
    expect(lead.get_by_role("heading", name="Waiting for a yes (1)")).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_role("button", name="Approve Sam").click()
    expect(lead.get_by_text("Sam is in. We have let them know.")).to_be_visible()
    assert Participant.objects.get(user__email="sam@example.org").status == "active"

    page.goto("/projects/care-leavers/people/")
    expect(page.get_by_role("heading", name=re.compile(r"^Young people.* \(2\)$"))).to_be_visible()
    assert_no_axe_violations(page)


def test_a_lead_adds_someone_offline_and_makes_them_a_code(cast, phone, live_server):
    page = phone
    sign_in_browser(page, live_server, cast.lead)
    page.goto("/projects/care-leavers/people/")
    page.get_by_role("link", name="Add someone who takes part offline").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add them").click()
    expect_form_error(page, "Type their name.")
    assert_no_axe_violations(page)
    page.get_by_label("Their name").fill("Kirsty")
    page.get_by_label("How they take part").select_option(label="Young person")
    page.get_by_role("button", name="Add them").click()
    expect(page.get_by_role("heading", name="Kirsty", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Make a code for Kirsty").click()
    expect(page.get_by_text("For Kirsty")).to_be_visible()
    assert_no_axe_violations(page)

    page.goto(f"/projects/care-leavers/people/{cast.participants['staff'].pk}/")
    page.get_by_role("combobox", name="Role").select_option(label="Manager")
    page.get_by_role("button", name="Save role").click()
    expect(page.get_by_text("Frontline staff now takes part as a manager.")).to_be_visible()
    assert_no_axe_violations(page)


def test_the_pages_that_explain_a_code_will_not_work(cast, phone, live_server):
    InvitationFactory(
        project=cast.project,
        invited_by=cast.local_lead,
        code="KXPT7HWQ",
        expires_at=timezone.now() - timezone.timedelta(days=1),
    )
    page = phone
    page.goto("/join/KXPT-7HWQ/")
    expect(page.get_by_role("heading", name="This invitation has run out")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto("/join/KXPT-7HWA/")
    expect(page.get_by_role("heading", name="We could not find that code")).to_be_visible()
    assert_no_axe_violations(page)

    InvitationFactory(project=cast.project, invited_by=cast.local_lead, code="ACDE3467")
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/join/ACDE-3467/")
    expect(page.get_by_role("heading", name="You are already in this project")).to_be_visible()
    assert_no_axe_violations(page)
