"""On a small phone: a young person goes through a starter module one step a page, rating how
confident they feel at the start and the end; the module page then counts them as finished."""

import pytest
from playwright.sync_api import expect

from sessions.models import Completion, Rating
from sessions.training.demo import chapter_training
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser

MANAGER = "I feel confident saying what I think to a manager"


def test_a_young_person_takes_a_starter_module_on_a_phone(cast, browser, live_server):
    chapter_training(cast.project, {}, facilitator=cast.facilitator)
    context = browser.new_context(viewport={"width": 360, "height": 720}, base_url=live_server.url)
    context.set_default_timeout(8000)
    phone = context.new_page()
    sign_in_browser(phone, live_server, cast.young_person)

    phone.goto("/projects/care-leavers/training/")
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Speaking up with managers").click()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Start the training").click()
    assert_no_axe_violations(phone)
    phone.get_by_role("group", name=MANAGER).get_by_role("radio", name="4", exact=True).check()
    phone.get_by_role("button", name="Start").click()

    for number in range(1, 6):
        expect(phone.get_by_text(f"Step {number} of 5")).to_be_visible()
        assert_no_axe_violations(phone)
        name = "Finish" if number == 5 else "Next step"
        phone.get_by_role("link", name=name, exact=True).click()

    expect(phone.get_by_role("heading", name="You reached the end")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("group", name=MANAGER).get_by_role("radio", name="8", exact=True).check()
    phone.get_by_role("button", name="Mark as finished").click()
    expect(phone.get_by_text("Well done: you have finished")).to_be_visible()
    expect(phone.get_by_text("You finished this", exact=True)).to_be_visible()
    assert_no_axe_violations(phone)
    context.close()

    young = cast.participants["young_person"]
    assert Completion.objects.filter(participant=young).count() == 1
    assert sorted(Rating.objects.values_list("moment", "score")) == [("after", 8), ("before", 4)]
