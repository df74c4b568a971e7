"""A young person on a phone joins a project's welcome step, gives consent and says they need
childcare and can only come in the evening; the lead plans with it; another young person is
kept out."""

import re

import pytest
from playwright.sync_api import expect

from participants.models import Consent, SupportNeeds
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.participants.people import another_young_person

pytestmark = pytest.mark.browser

WELCOME = "/projects/care-leavers/welcome/"
SUMMARY = "/projects/care-leavers/needs/"


def choose(page, question, answer):
    page.get_by_role("group", name=question).get_by_role("radio", name=answer).check()


def test_young_person_gives_consent_and_needs_and_the_lead_plans_with_them(
    cast, phone, desktop, live_server
):
    # A young person on a phone: the welcome step.
    sign_in_browser(phone, live_server, cast.young_person)
    phone.goto(WELCOME)
    expect(phone.get_by_role("heading", level=1)).to_have_text(
        "Welcome to Support for care leavers"
    )
    assert_no_axe_violations(phone)

    # Sending it empty explains what is missing, and is still accessible.
    phone.get_by_role("button", name="Save and carry on").click()
    expect(phone.get_by_text("Please check your answers")).to_be_visible()
    assert_no_axe_violations(phone)

    choose(
        phone, "Can we use your information for this project?", "Yes, you can use my information"
    )
    choose(phone, "Can photos of you be used?", "Only inside the project, for people taking part")
    choose(phone, "Can people running the project contact you?", "Yes, you can contact me")
    phone.get_by_role("group", name="If you would rather not give your date of birth").get_by_role(
        "radio", name="16 or 17"
    ).check()
    phone.get_by_role("button", name="Save and carry on").click()

    # Step 2: what helps them take part.
    expect(phone.get_by_role("heading", level=1)).to_have_text("What helps you take part?")
    expect(phone.get_by_text("Step 2 of 2")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("checkbox", name="I need childcare to take part").check()
    phone.get_by_role("group", name="When can you come?").get_by_role(
        "checkbox", name="Evenings"
    ).check()
    phone.get_by_role("button", name="Save and go to the project").click()
    expect(phone).to_have_url(re.compile(r"/projects/care-leavers/$"))
    expect(
        phone.get_by_text("Saved. Only the project lead and facilitators can see this.")
    ).to_be_visible()
    assert_no_axe_violations(phone)

    jay = cast.participants["young_person"]
    assert Consent.objects.filter(participant=jay, given_under_18=True).count() == 3
    needs = SupportNeeds.objects.get(participant=jay)
    assert needs.childcare and needs.availability == ["evenings"]

    # My page shows the answers; withdrawing photos is one button.
    phone.goto("/me/")
    expect(phone.get_by_role("heading", level=1)).to_have_text("My page")
    assert_no_axe_violations(phone)
    phone.get_by_role("button", name="Withdraw photos of me for Support for care leavers").click()
    expect(phone.get_by_text("No. You withdrew this.")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="See all your data").click()
    expect(phone.get_by_role("heading", level=1)).to_have_text("All your data")
    assert_no_axe_violations(phone)

    # The lead, on a computer, plans with it.
    sign_in_browser(desktop, live_server, cast.lead)
    desktop.goto(SUMMARY)
    expect(desktop.get_by_role("heading", level=1)).to_have_text("What people need")
    numbers = desktop.get_by_role("table", name="What people need, in numbers")
    for need in ("Need childcare", "Can only come in the evening"):
        expect(numbers.get_by_role("row", name=need).get_by_role("cell")).to_have_text("1")
    people = desktop.get_by_role("table", name=re.compile("What each person needs"))
    expect(people.get_by_role("row", name=re.compile("Young person"))).to_contain_text("Evenings")
    assert_no_axe_violations(desktop)


def test_another_young_person_cannot_see_the_summary(cast, phone, live_server):
    robyn = another_young_person(cast)
    sign_in_browser(phone, live_server, robyn.user)
    response = phone.goto(SUMMARY)
    assert response.status == 403
    expect(phone.get_by_role("heading", level=1)).to_have_text("You cannot do that here")
    assert_no_axe_violations(phone)
