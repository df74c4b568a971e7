"""An adopted idea becomes an outcome: the facilitator starts from the idea's page, finds the
form filled in from its records, writes what people said, and the outcome names the idea; the
young person who suggested it sees it on their certificate once it is agreed."""

import pytest
from playwright.sync_api import expect

from projects.models import Outcome
from sessions.prototypes.services.prototypes import prototype_decide
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.projects.outcome_data import agree
from tests.sessions.prototype_helpers import make_prototype

pytestmark = pytest.mark.browser


def test_the_outcome_of_an_adopted_idea_starts_from_its_records(cast, desktop, phone, live_server):
    pack = make_prototype(cast, title="Friends' pack", by="young_person")
    prototype_decide(
        prototype=pack,
        by=cast.lead,
        result="adopt",
        reason="The council will give it out in residential care.",
        took_part=["young_people", "managers"],
        young_people_voted=True,
    )

    sign_in_browser(desktop, live_server, cast.facilitator)
    desktop.goto(pack.get_absolute_url())
    desktop.get_by_role("link", name="Record the outcome it led to").click()
    assert_no_axe_violations(desktop)
    expect(desktop.get_by_label("What changed, in a few words")).to_have_value(
        "Friends' pack adopted"
    )
    expect(desktop.get_by_label("We did: what was done")).to_have_value(
        "The council will give it out in residential care."
    )
    expect(desktop.get_by_label("Friends' pack (adopted)")).to_be_checked()
    # "You said" is for the facilitator to write in people's words: it is asked for.
    desktop.get_by_role("button", name="Record the outcome").click()
    expect(
        desktop.get_by_role("link", name="Say what people said that led to this.")
    ).to_be_visible()
    assert_no_axe_violations(desktop)
    desktop.get_by_label("You said: what people said").fill("Leaving care is lonely.")
    desktop.get_by_role("button", name="Record the outcome").click()
    expect(desktop.get_by_text("The outcome is recorded.")).to_be_visible()
    expect(desktop.get_by_text("Adopted; suggested by a young person")).to_be_visible()
    assert_no_axe_violations(desktop)
    outcome = Outcome.objects.get()
    assert list(outcome.prototypes.all()) == [pack]

    agree(outcome, cast.manager)
    sign_in_browser(phone, live_server, cast.young_person)
    phone.goto("/me/")
    phone.get_by_role(
        "link", name="Your certificate of involvement in Support for care leavers"
    ).click()
    expect(phone.get_by_text("Friends' pack, which led to: Friends' pack adopted")).to_be_visible()
    assert_no_axe_violations(phone)
