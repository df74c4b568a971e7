"""An idea becomes an outcome: the facilitator records it with "you said, we did" on a computer,
the manager asks for a change and then agrees on a phone, the facilitator marks it in practice
and the young people behind it are told; a young person joins the working group, tells everyone
what the group is doing, rates how co-produced it feels and writes a reflection."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from participants.models import Notification
from projects.models import Decision, Outcome
from tests.helpers import assert_no_axe_violations, expect_form_error, sign_in_browser
from tests.projects.stage_data import add_decision
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.browser

OUTCOMES = "/projects/care-leavers/outcomes/"


def test_an_outcome_from_recording_to_practice_and_joining_the_working_group(
    cast, desktop, phone, browser, live_server
):
    add_decision(cast.project, what="Make a friends' pack", proposed_by=Decision.Group.YOUNG_PEOPLE)
    make_session(cast.project, title="Working group: monthly meeting", kind="working_group")

    # The facilitator records the outcome; a missing answer is explained first.
    sign_in_browser(desktop, live_server, cast.facilitator)
    desktop.goto(OUTCOMES)
    assert_no_axe_violations(desktop)
    desktop.get_by_role("link", name="Record an outcome").click()
    desktop.get_by_label("What changed, in a few words").fill("Friends' pack in residential care")
    desktop.get_by_label("A resource put into use").check()
    desktop.get_by_label("You said: what people said").fill("Leaving care is lonely.")
    desktop.get_by_role("button", name="Record the outcome").click()
    expect(desktop.get_by_text("There is a problem")).to_be_visible()
    expect(desktop.get_by_role("link", name="Say what was done about it.")).to_be_visible()
    assert_no_axe_violations(desktop)
    desktop.get_by_label("We did: what was done").fill("We made a friends' pack together.")
    desktop.get_by_label("Make a friends' pack").check()
    desktop.get_by_role("button", name="Record the outcome").click()
    expect(desktop.get_by_text("The outcome is recorded.")).to_be_visible()
    assert_no_axe_violations(desktop)
    outcome = Outcome.objects.get()

    # The manager sees it waiting on the overview, asks for a change, then agrees.
    sign_in_browser(phone, live_server, cast.manager)
    phone.goto("/projects/care-leavers/")
    phone.get_by_role("link", name="Review outcomes").click()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Friends' pack in residential care").click()
    phone.get_by_label("Please change it first").check()
    phone.get_by_role("button", name="Send my review").click()
    expect(phone.get_by_role("link", name="Say what should change")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_label("Please change it first").check()
    phone.get_by_label("Note (needed if you ask for changes)").fill("Say how many were given.")
    phone.get_by_role("button", name="Send my review").click()
    expect(phone.get_by_text("Your review is recorded.")).to_be_visible()

    desktop.get_by_role("link", name="Change the outcome").click()
    desktop.get_by_label("Evidence (optional)").fill("9 packs given out.")
    desktop.get_by_role("button", name="Save changes").click()

    phone.reload()
    phone.get_by_label("It happened: I agree").check()
    phone.get_by_role("button", name="Send my review").click()
    expect(phone.get_by_text("Agreed", exact=True)).to_be_visible()
    assert_no_axe_violations(phone)

    # The facilitator marks it in practice; the young person who suggested it is told.
    desktop.reload()
    desktop.get_by_label("In practice since").fill(timezone.localdate().isoformat())
    desktop.get_by_role("button", name="Mark as in practice").click()
    expect(desktop.get_by_text("The outcome is marked as in practice.")).to_be_visible()
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.IN_PRACTICE and outcome.revision == 2
    assert Notification.objects.filter(user=cast.young_person, subject__contains="in practice")

    # A young person joins the working group from its page and sees its meeting.
    page = browser.new_page(base_url=live_server.url, viewport={"width": 375, "height": 667})
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/projects/care-leavers/working-group/")
    expect(page.get_by_role("link", name="Working group: monthly meeting")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Join the working group").click()
    expect(page.get_by_text("You are in the working group. Welcome!")).to_be_visible()
    assert_no_axe_violations(page)
    # Now in the group, they post its first update; it is on the updates page, tagged.
    page.get_by_role("link", name="Post an update for the group").click()
    page.get_by_label("Title").fill("We meet every month")
    page.get_by_role("button", name="Post update").click()
    expect_form_error(page, "Write the update before posting it.")
    assert_no_axe_violations(page)
    page.get_by_label("What you want to say").fill("First Tuesday of the month, online.")
    page.get_by_role("button", name="Post update").click()
    expect(page.get_by_text("Update posted: “We meet every month”.")).to_be_visible()
    expect(page.get_by_text("First Tuesday of the month, online.")).to_be_visible()
    page.get_by_role("link", name="See them on the updates page").click()
    expect(page.get_by_role("heading", name="Updates from the working group")).to_be_visible()
    update = page.get_by_role("article", name="We meet every month")
    expect(update.get_by_text("Working group", exact=True)).to_be_visible()
    assert_no_axe_violations(page)
    # They rate how co-produced it feels, anonymously, and write what helped. Sending the
    # form without a rung shows the page again with what to put right.
    page.goto("/projects/care-leavers/co-production/")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Give my rating").click()
    expect_form_error(page, "Choose the rung of the ladder that fits best.")
    assert_no_axe_violations(page)
    page.get_by_label("Co-design:").check()
    page.get_by_role("button", name="Give my rating").click()
    expect(page.get_by_text("Your rating is counted, without your name.")).to_be_visible()
    # One rating so far: too few to show, so no one's rating can be picked out.
    expect(page.get_by_text("Other roles: fewer than 3: not shown.")).to_be_visible()
    assert_no_axe_violations(page)
    page.goto("/projects/care-leavers/reflections/")
    page.get_by_role("button", name="Add my reflection").click()
    expect(page.get_by_role("link", name="Choose what your reflection is about.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("What was difficult").check()
    page.get_by_label("In your own words").fill("Meetings in the day clash with college.")
    page.get_by_role("button", name="Add my reflection").click()
    expect(page.get_by_text("Meetings in the day clash with college.")).to_be_visible()
    assert_no_axe_violations(page)
    page.close()
    assert (
        cast.participants["young_person"]
        .__class__.objects.get(pk=cast.participants["young_person"].pk)
        .in_working_group
    )
