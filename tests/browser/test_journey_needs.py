"""A young person on a phone joins a project's welcome step, gives consent and says they need
childcare and can only come in the evening; the lead plans with it; another young person is
kept out."""

import re

import pytest
from playwright.sync_api import expect

from participants.models import Consent, SupportNeeds
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.participants.people import another_young_person, consent_for, offline_person

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
    expect(phone.get_by_text("There is a problem")).to_be_visible()
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


def test_lead_types_in_a_paper_form_and_needs_for_someone_offline(cast, desktop, live_server):
    offline_person(cast)
    page = desktop
    sign_in_browser(page, live_server, cast.lead)
    page.goto(SUMMARY)
    page.get_by_role("link", name="print a paper consent form").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("saying yes or no")
    assert_no_axe_violations(page)

    page.goto(SUMMARY)
    page.get_by_role("link", name="Type in consent for Shona").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Type in Shona's paper consent form")
    assert_no_axe_violations(page)
    choose(page, "Can we use your information for this project?", "Yes, you can use my information")
    choose(page, "Can photos of you be used?", "No, not at all")
    choose(page, "Can people running the project contact you?", "Yes, you can contact me")
    page.get_by_role("checkbox", name="They are under 18").check()
    page.get_by_role("button", name="Save their answers").click()
    expect(page.get_by_text("Tick the box to say you have their paper form.").first).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("checkbox", name="I have their paper form").check()
    page.get_by_role("button", name="Save their answers").click()
    expect(page.get_by_text("Saved the answers from Shona's form.")).to_be_visible()

    page.get_by_role("link", name="Type in needs for Shona").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("What helps Shona take part")
    assert_no_axe_violations(page)
    page.get_by_role("checkbox", name="I need help with travel").check()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved what helps Shona take part.")).to_be_visible()
    numbers = page.get_by_role("table", name="What people need, in numbers")
    expect(
        numbers.get_by_role("row", name="Need help with travel").get_by_role("cell")
    ).to_have_text("1")
    assert_no_axe_violations(page)
    shona = Consent.objects.filter(participant__display_name="Shona")
    assert shona.count() == 3 and all(c.recorded_by == cast.lead for c in shona)


def test_young_person_changes_an_answer_then_deletes_their_account(cast, phone, live_server):
    page = phone
    jay = cast.participants["young_person"]
    for purpose, level in {"data": "yes", "photos": "public", "contact": "yes"}.items():
        consent_for(jay, purpose, level)
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/me/")
    page.get_by_role("link", name="Change your answers for Support for care leavers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Your answers for Support for care leavers"
    )
    assert_no_axe_violations(page)
    choose(page, "Can photos of you be used?", "Only inside the project, for people taking part")
    page.get_by_role("button", name="Save my answers").click()
    expect(
        page.get_by_text("Your answers for “Support for care leavers” are saved.")
    ).to_be_visible()
    assert Consent.objects.filter(participant=jay, purpose="photos").count() == 2

    page.get_by_role("link", name="Delete your account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Delete your account")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Delete my account").click()
    expect(
        page.get_by_text("Type the word delete to confirm. Nothing has been deleted.").first
    ).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Type the word delete to confirm").fill("delete")
    page.get_by_role("button", name="Delete my account").click()
    expect(
        page.get_by_text("Your account and your personal details have been deleted.")
    ).to_be_visible()
    assert_no_axe_violations(page)
    jay.refresh_from_db()
    assert jay.user is None and jay.display_name == "A former participant"
