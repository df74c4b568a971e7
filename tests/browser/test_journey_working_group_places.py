"""Places on the working group: the lead opens a place for young people with a young person on
the panel, a young person applies on a small phone, the panel member says yes, the lead offers
the place, and the young person accepts it and is listed in the group."""

import pytest
from playwright.sync_api import expect

from participants.models import GroupTerm
from sessions.models import Application
from tests.factories import ParticipantFactory, UserFactory
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser

GROUP = "/projects/care-leavers/working-group/"


def open_as(browser, live_server, user, width=1280):
    context = browser.new_context(
        viewport={"width": width, "height": 800}, base_url=live_server.url
    )
    context.set_default_timeout(8000)
    page = context.new_page()
    sign_in_browser(page, live_server, user)
    return page


def test_a_young_person_wins_a_place_on_the_working_group(cast, browser, live_server):
    ellie = ParticipantFactory(
        project=cast.project,
        role="young_person",
        display_name="Ellie",
        user=UserFactory(display_name="Ellie"),
    )
    young = cast.participants["young_person"]

    lead = open_as(browser, live_server, cast.lead)
    lead.goto(GROUP)
    lead.get_by_role("link", name="Open places on the working group").click()
    assert_no_axe_violations(lead)
    lead.get_by_label("How many places").fill("1")
    lead.get_by_role("checkbox", name="Manager (Manager)").check()
    lead.get_by_role("button", name="Open the places").click()
    expect(lead.get_by_text("The panel needs at least one young person.").first).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_role("checkbox", name="Ellie (Young person)").check()
    lead.get_by_role("button", name="Open the places").click()
    expect(lead.get_by_text("The places are open.")).to_be_visible()
    assert_no_axe_violations(lead)

    phone = open_as(browser, live_server, young.user, width=360)
    phone.goto(GROUP)
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="1 place from").click()
    phone.get_by_role("link", name="Apply for a place").click()
    assert_no_axe_violations(phone)
    phone.get_by_label("Why would you like to join?").fill("To make leaving care easier.")
    phone.get_by_label("What would you bring?").fill("I know what it is like.")
    phone.get_by_label("When can you come?").fill("Evenings.")
    phone.get_by_role("button", name="Send my application").click()
    expect(phone.get_by_text("your application is in")).to_be_visible()
    assert_no_axe_violations(phone)

    panel = open_as(browser, live_server, ellie.user, width=360)
    application = Application.objects.get()
    panel.goto(application.round.get_absolute_url())
    assert_no_axe_violations(panel)
    panel.get_by_role("link", name=young.display_name).click()
    assert_no_axe_violations(panel)
    panel.get_by_role("radio", name="Yes").check()
    panel.get_by_label("A note for the panel (optional)").fill("Thoughtful answers.")
    panel.get_by_role("button", name="Save my view").click()
    expect(panel.get_by_text("1 yes, 0 maybe, 0 no")).to_be_visible()

    lead.get_by_role("link", name="Decide the places").click()
    assert_no_axe_violations(lead)
    lead.get_by_role("checkbox", name=young.display_name).check()
    lead.get_by_role("button", name="Offer the places").click()
    expect(lead.get_by_text("The places are decided.")).to_be_visible()

    phone.reload()
    phone.get_by_role("button", name="Yes, I accept the place").click()
    expect(phone.get_by_text("Welcome to the working group!")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="See the working group").click()
    members = phone.get_by_role("region", name="Who is in it")
    expect(members.get_by_text(young.display_name)).to_be_visible()
    assert_no_axe_violations(phone)

    young.refresh_from_db()
    assert young.in_working_group
    assert GroupTerm.objects.filter(participant=young).count() == 1
