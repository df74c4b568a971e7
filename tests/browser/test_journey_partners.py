"""A project lead sets up the reference partnership and its funding, then everyone can see it."""

import re

import pytest
from playwright.sync_api import expect

from projects.models import FundingContribution, Partner
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


def add_partner(page, *, name, kind, roles, contact):
    page.get_by_role("link", name="Add a partner").click()
    expect(page.get_by_role("heading", name="Add a partner")).to_be_visible()
    page.get_by_label("Or add a new organisation: its name").fill(name)
    page.get_by_label("What kind of organisation is it?").select_option(label=kind)
    for role in roles:
        page.get_by_role("checkbox", name=role).check()
    page.get_by_label("Contact person").fill(contact)
    page.get_by_role("button", name="Add partner").click()
    expect(page.get_by_text(f"{name} is now a partner in this project.")).to_be_visible()


def test_lead_sets_up_the_reference_partnership(desktop, live_server, cast):
    page = desktop
    sign_in_browser(page, live_server, cast.lead)
    page.goto("/projects/care-leavers/partners/")
    expect(page.get_by_role("heading", name="Partners and funding", level=1)).to_be_visible()
    expect(page.get_by_text("No funding or spending has been recorded yet.")).to_be_visible()
    assert_no_axe_violations(page)

    # IRISS leads and funds the project.
    page.get_by_role("link", name="Add a partner").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add partner").click()
    expect(page.get_by_role("heading", name="There is a problem")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Or add a new organisation: its name").fill("IRISS")
    page.get_by_label("What kind of organisation is it?").select_option(label="Research institute")
    page.get_by_label("Its website (optional)").fill("www.iriss.example.org")
    page.get_by_role("checkbox", name="Leads the project").check()
    page.get_by_role("checkbox", name="Funder").check()
    page.get_by_label("Contact person").fill("Morag")
    page.get_by_label("Contact email (optional)").fill("morag@iriss.example.org")
    page.get_by_role("button", name="Add partner").click()
    expect(page.get_by_text("IRISS is now a partner in this project.")).to_be_visible()
    assert_no_axe_violations(page)

    # £5,000 for design facilitators, materials, travel and other expenses; a slip first.
    page.get_by_role("link", name="Record funding from IRISS").click()
    expect(page.get_by_role("heading", name="Record funding")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("radio", name="Money").check()
    page.get_by_label("Amount").fill("-5000")
    for thing in ["Design facilitators", "Materials", "Travel", "Other expenses"]:
        page.get_by_role("checkbox", name=thing).check()
    page.get_by_label("Describe it in a few words").fill("Grant for facilitators and costs")
    page.get_by_role("button", name="Record funding").click()
    expect(page.get_by_role("link", name=re.compile("Amounts can't be negative"))).to_be_visible()
    assert_no_axe_violations(page)
    assert not FundingContribution.objects.exists()
    page.get_by_label("Amount").fill("£5,000")
    page.get_by_role("button", name="Record funding").click()
    expect(page.get_by_text("Recorded funding from IRISS.")).to_be_visible()

    # STAF meets the young people's costs directly; adding it twice is refused.
    add_partner(
        page, name="STAF", kind="Charity", roles=["Funder", "Brings participants"], contact="Iain"
    )
    page.get_by_role("link", name="Add a partner").click()
    page.get_by_label("Or add a new organisation: its name").fill("staf")
    page.get_by_role("checkbox", name="Funder").check()
    page.get_by_label("Contact person").fill("Iain")
    page.get_by_role("button", name="Add partner").click()
    expect(page.get_by_role("alert")).to_contain_text("STAF is already a partner in this project.")
    assert_no_axe_violations(page)
    assert Partner.objects.filter(project=cast.project).count() == 2
    page.get_by_role("link", name="Cancel").click()

    page.get_by_role("link", name="Record funding from STAF").click()
    assert_no_axe_violations(page)
    page.get_by_role("radio", name="Costs met directly").check()
    page.get_by_role("checkbox", name="Participants' payments and costs").check()
    page.get_by_label("Describe it in a few words").fill("Young people's travel and childcare")
    page.get_by_role("button", name="Record funding").click()
    expect(page.get_by_text("Recorded funding from STAF.")).to_be_visible()

    # The council lends rooms for sessions, in kind.
    add_partner(
        page,
        name="Argyll and Bute Council",
        kind="Council",
        roles=["Provides venues"],
        contact="Alasdair",
    )
    page.get_by_role("link", name="Record funding from Argyll and Bute Council").click()
    page.get_by_role("radio", name="In kind (given, not paid for)").check()
    page.get_by_label("Amount").fill("1,200")
    page.get_by_role("checkbox", name="Venues").check()
    page.get_by_label("Describe it in a few words").fill("Rooms for sessions")
    page.get_by_role("button", name="Record funding").click()
    expect(page.get_by_text("Recorded funding from Argyll and Bute Council.")).to_be_visible()
    assert_no_axe_violations(page)

    # Some spending on materials, paid from IRISS's grant.
    page.get_by_role("link", name="Record spending").click()
    expect(page.get_by_role("heading", name="Record spending")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("What was it for?").select_option(label="Materials")
    page.get_by_label("Amount").fill("240.50")
    page.get_by_label("Date").fill("2025-02-20")
    page.get_by_label("Whose money paid for it? (optional)").select_option(label="IRISS")
    page.get_by_label("Note (optional)").fill("Card and pens for mock-ups")
    page.get_by_role("button", name="Record spending").click()
    expect(page.get_by_text("Recorded spending on materials.")).to_be_visible()

    # The totals, the chart and the same numbers as a table.
    totals = page.locator(".funding-totals")
    for term, amount in [("Committed", "£5,000.00"), ("Spent", "£240.50"), ("Left", "£4,759.50")]:
        expect(totals.locator("div").filter(has_text=term)).to_contain_text(amount)
    expect(page.get_by_text("Its estimated value is £1,200.00")).to_be_visible()
    expect(page.get_by_text("£240.50 spent of £5,000.00 (5%)").first).to_be_visible()
    table = page.get_by_role("table", name="Money by what it pays for")
    expect(
        table.get_by_role("row", name=re.compile("Design facilitators, materials, travel"))
    ).to_contain_text("£4,759.50")
    expect(page.get_by_role("table", name="Money by partner")).to_contain_text("IRISS")
    assert_no_axe_violations(page)


def test_partners_pages_on_a_phone_for_a_young_person_and_the_lead(phone, live_server, cast):
    iriss = PartnerFactory(
        project=cast.project, organisation__name="IRISS", roles=["lead", "funder"]
    )
    staf = PartnerFactory(project=cast.project, organisation__name="STAF")
    ContributionFactory(
        partner=iriss,
        amount_pence=500_000,
        covers=["facilitators", "materials", "travel", "expenses"],
    )
    ContributionFactory(partner=staf, kind="costs_met", amount_pence=None, covers=["participants"])
    SpendFactory(project=cast.project, partner=iriss, category="materials", amount_pence=24_050)
    SpendFactory(project=cast.project, category="venues", amount_pence=6_000, note="Hall hire")

    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/projects/care-leavers/partners/")
    expect(page.get_by_role("heading", name="Where the money comes from")).to_be_visible()
    expect(page.get_by_role("link", name="Add a partner")).to_have_count(0)
    assert_no_axe_violations(page)
    # Wide tables scroll inside their own box; the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    sign_in_browser(page, live_server, cast.lead)
    page.goto("/projects/care-leavers/partners/")
    expect(page.get_by_role("link", name="Add a partner")).to_be_visible()
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.get_by_role("link", name="Remove IRISS").click()
    expect(page.get_by_text("IRISS can’t be removed yet")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Go back to partners and funding").click()

    # The lead changes a contact, then tidies up a spend and a record of funding.
    page.get_by_role("link", name="Change IRISS’s roles or contact").click()
    assert_no_axe_violations(page)
    page.get_by_label("Contact person").fill("Morag Mackay")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("Contact: Morag Mackay")).to_be_visible()

    page.get_by_role("link", name=re.compile("^Change venues, £60.00")).click()
    expect(page.get_by_role("heading", name="Change spending")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Cancel").click()
    page.get_by_role("link", name=re.compile("^Delete venues, £60.00")).click()
    expect(page.get_by_role("heading", name="Delete this spending?")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Delete spending").click()
    expect(page.get_by_text("Deleted the spending.")).to_be_visible()

    page.get_by_role("link", name="Change costs met directly from STAF").click()
    expect(page.get_by_role("heading", name="Change funding from STAF")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Cancel").click()
    page.get_by_role("link", name="Delete costs met directly from STAF").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Delete funding").click()
    expect(page.get_by_text("Deleted the funding from STAF.")).to_be_visible()
    page.get_by_role("link", name="Remove STAF").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Remove STAF").click()
    expect(page.get_by_text("STAF is no longer a partner in this project.")).to_be_visible()
    assert_no_axe_violations(page)
