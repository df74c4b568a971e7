"""A newcomer signs up, starts a project and lands on its overview."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from participants.models import Participant
from tests.helpers import assert_no_axe_violations, confirm_email_in_browser

pytestmark = pytest.mark.browser


def test_sign_up_create_project_see_overview(desktop, live_server):
    page = desktop
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Design services together, as equals")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Create an account").first.click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Your name").fill("Morag")
    page.get_by_label("Email").fill("morag@example.org")
    page.locator("#id_password1").fill("a-long-enough-passphrase")
    page.locator("#id_password2").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_no_axe_violations(page)
    confirm_email_in_browser(page, mail.outbox, "morag@example.org")

    page.goto("/projects/")
    expect(page.get_by_role("heading", name="Your projects")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("main").get_by_role("link", name="Start a project").click()
    expect(page.get_by_role("heading", name="Start a project")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("button", name="Create project").click()
    expect(page.locator(".invalid-feedback").first).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_label("Project name").fill("Redesigning Support for Care Leavers")
    page.get_by_label("Summary").fill("Designing support with young care leavers.")
    page.get_by_role("button", name="Create project").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Redesigning Support for Care Leavers"
    )
    expect(page.get_by_text("You are its project lead")).to_be_visible()
    assert_no_axe_violations(page)
    lead = Participant.objects.get(user__email="morag@example.org")
    assert lead.role == "lead"


def test_sign_in_page_and_code_page_are_accessible_on_a_phone(phone, live_server):
    page = phone
    page.goto("/accounts/login/")
    assert_no_axe_violations(page)
    page.goto("/accounts/login/code/")
    assert_no_axe_violations(page)
    page.goto("/accessibility/")
    assert_no_axe_violations(page)
    page.goto("/nothing-here/")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()
    assert_no_axe_violations(page)
