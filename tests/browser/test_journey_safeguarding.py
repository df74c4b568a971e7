"""On a 360 px phone: a young person taps "Worried about someone?" on the overview, sees who will
read it, and sends a concern; the safeguarding lead opens it from their messages and records
what they did."""

import pytest
from playwright.sync_api import expect

from sessions.models import Concern, ConcernAction
from tests.factories import OrganisationMemberFactory, UserFactory
from tests.helpers import CspWatch, assert_no_axe_violations, sign_in_browser
from tests.sessions.safeguarding import name_leads, raise_concern

pytestmark = pytest.mark.browser

OVERVIEW = "/projects/care-leavers/"
SMALL_PHONE = {"width": 360, "height": 740}


def _small_phone(browser, live_server):
    context = browser.new_context(viewport=SMALL_PHONE, base_url=live_server.url)
    context.set_default_timeout(8000)
    return context, CspWatch(context), context.new_page()


def test_a_young_person_raises_a_concern_and_the_lead_acts_on_it(cast, browser, live_server):
    cast.participants["facilitator"].display_name = "Priya"
    cast.participants["facilitator"].save()
    name_leads(cast, "facilitator")

    context, watch, young = _small_phone(browser, live_server)
    sign_in_browser(young, live_server, cast.young_person)
    young.goto(OVERVIEW)
    assert_no_axe_violations(young)
    young.get_by_role("link", name="Worried about someone?").click()
    expect(young.get_by_text("Only this project's safeguarding lead: Priya")).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_role("button", name="Send to the safeguarding leads").click()
    expect(young.get_by_text("Tell us what you saw, heard or were told.").first).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_role("radio", name="I am worried about a young person's safety").check()
    young.get_by_label("What did you see, hear or get told?").fill(
        "My friend said she is scared to go home."
    )
    young.get_by_label("When did it happen? (optional)").fill("After the workshop today")
    young.get_by_role("button", name="Send to the safeguarding leads").click()
    expect(young.get_by_role("heading", name="Thank you for telling us")).to_be_visible()
    assert_no_axe_violations(young)
    assert young.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]
    context.close()
    assert watch.violations == []
    concern = Concern.objects.get()

    context, watch, lead = _small_phone(browser, live_server)
    sign_in_browser(lead, live_server, cast.facilitator)
    lead.goto("/me/messages/")
    expect(lead.get_by_text("A new concern needs you").first).to_be_visible()
    lead.goto(OVERVIEW)
    lead.get_by_role("link", name="1 open concern").click()
    assert_no_axe_violations(lead)
    lead.get_by_role("link", name=f"Concern {concern.pk}").click()
    expect(lead.get_by_text("My friend said she is scared to go home.")).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_role("link", name="Record an action").click()
    assert_no_axe_violations(lead)
    lead.get_by_label("What was done").fill("Called the duty social worker.")
    lead.get_by_role("button", name="Record the action").click()
    expect(lead.get_by_text("Action recorded.")).to_be_visible()
    expect(lead.get_by_text("Called the duty social worker.")).to_be_visible()
    assert_no_axe_violations(lead)
    context.close()
    assert watch.violations == []
    assert ConcernAction.objects.get().done_by == cast.facilitator.name


def test_an_organisations_lead_names_its_officer_who_acts_on_a_concern_from_outside(
    cast, council, browser, live_server
):
    """The council leads the project. Its lead names Ann, its safeguarding officer, who takes
    no part in the project; a concern raised in it reaches her, and she acts on it."""
    officer = UserFactory(display_name="Ann Officer")
    OrganisationMemberFactory(organisation=council, user=officer, is_lead=False)

    context, watch, page = _small_phone(browser, live_server)
    sign_in_browser(page, live_server, cast.manager)
    page.goto("/me/")
    page.get_by_role("link", name="Argyll Council: safeguarding leads for its projects").click()
    assert_no_axe_violations(page)
    page.get_by_role("checkbox", name="Ann Officer").check()
    page.get_by_role("button", name="Save the safeguarding leads").click()
    expect(page.get_by_text("Argyll Council's safeguarding leads are saved.")).to_be_visible()
    assert_no_axe_violations(page)
    context.close()
    assert watch.violations == []

    concern = raise_concern(cast)
    context, watch, page = _small_phone(browser, live_server)
    sign_in_browser(page, live_server, officer)
    page.goto("/me/messages/")
    expect(page.get_by_text("A new concern needs you").first).to_be_visible()
    page.goto("/me/")
    page.get_by_role("link", name="Concerns in Argyll Council's projects").click()
    expect(page.get_by_role("cell", name="Support for care leavers")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=f"Concern {concern.pk}").click()
    expect(page.get_by_text("Zebra-words")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Record an action").click()
    page.get_by_label("What was done").fill("Rang the young person's social worker.")
    page.get_by_role("button", name="Record the action").click()
    expect(page.get_by_text("Action recorded.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]
    context.close()
    assert watch.violations == []
    assert ConcernAction.objects.get().done_by == "Ann Officer"
