"""A local lead prints an invitation card; a young person joins with the code on a phone, gives
consent and says what helps them; the lead plans with it; another young person is kept out."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from playwright.sync_api import expect

from participants.models import Consent, Participant, SupportNeeds
from tests.helpers import (
    assert_no_axe_violations,
    confirm_email_in_browser,
    expect_form_error,
    sign_in_browser,
)
from tests.participants.people import another_young_person

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
    expect_form_error(page, "Type their email address, or choose a printed card")
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
    expect_form_error(page, "Codes never use “0”.")
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
    expect_form_error(page, "The two passwords are different.")
    assert_no_axe_violations(page)

    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Make my account and join").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    assert_no_axe_violations(page)
    confirm_email_in_browser(page, mail.outbox, "jay@example.org")
    # Back at the invitation, signed in: one press joins.
    page.get_by_role("button", name="Join Support for care leavers").click()

    # Then the welcome step: consent first, in plain words.
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Support for care leavers")
    expect(
        page.get_by_text(
            "Welcome to Support for care leavers! You are taking part as a young person."
        )
    ).to_be_visible()
    assert_no_axe_violations(page)
    jay = Participant.objects.get(user__email="jay@example.org")
    assert (jay.role, jay.status, jay.invited_by) == ("young_person", "active", cast.local_lead)

    def choose(question, answer):
        page.get_by_role("group", name=question).get_by_role("radio", name=answer).check()

    choose("Can we use your information for this project?", "Yes, you can use my information")
    choose("Can photos of you be used?", "Only inside the project, for people taking part")
    choose("Can people running the project contact you?", "Yes, you can contact me")
    page.get_by_role("group", name="If you would rather not give your date of birth").get_by_role(
        "radio", name="16 or 17"
    ).check()
    page.get_by_role("button", name="Save and carry on").click()

    # Then what helps them take part: childcare, and evenings only.
    expect(page.get_by_role("heading", level=1)).to_have_text("What helps you take part?")
    assert_no_axe_violations(page)
    page.get_by_role("checkbox", name="I need childcare to take part").check()
    page.get_by_role("group", name="When can you come?").get_by_role(
        "checkbox", name="Evenings"
    ).check()
    page.get_by_role("button", name="Save and go to the project").click()
    expect(page).to_have_url(re.compile(r"/projects/care-leavers/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Support for care leavers")
    assert_no_axe_violations(page)
    assert page.viewport_size["width"] == 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert Consent.objects.filter(participant=jay, withdrawn_at=None).count() == 3
    needs = SupportNeeds.objects.get(participant=jay)
    assert needs.childcare and needs.availability == ["evenings"]

    # The local lead who invited Jay sees it in the planning summary.
    desktop.goto("/projects/care-leavers/needs/")
    numbers = desktop.get_by_role("table", name="What people need, in numbers")
    for need in ("Need childcare", "Can only come in the evening"):
        expect(numbers.get_by_role("row", name=need).get_by_role("cell")).to_have_text("1")
    people = desktop.get_by_role("table", name=re.compile("What each person needs"))
    expect(people.get_by_role("row", name=re.compile("Jay"))).to_contain_text("Evenings")
    assert_no_axe_violations(desktop)

    # Another young person in the project cannot see it.
    other = another_young_person(cast)
    phone.context.clear_cookies()
    sign_in_browser(phone, live_server, other.user)
    response = phone.goto("/projects/care-leavers/needs/")
    assert response.status == 403
    assert_no_axe_violations(phone)
    phone.goto("/projects/care-leavers/people/")
    expect(phone.get_by_text("Jay")).to_be_visible()
    assert "Evenings" not in phone.content() and "childcare" not in phone.content().lower()

    # The local lead sees who joined.
    desktop.goto("/projects/care-leavers/people/")
    expect(desktop.get_by_text("Jay joined on")).to_be_visible()
    assert_no_axe_violations(desktop)
