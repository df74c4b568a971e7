"""On phones, with and without JavaScript: a young person adds the friends' pack from a
session; the facilitator adds a photo of the mock-up; staff comment, and a young person comments
without showing their name to peers; the group fills in an evaluation sheet; a test round
collects ratings from each role; a pitch panel with two young people scores it; the lead records
the decision to adopt it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from projects.models import Decision
from sessions.models import Comment, Feedback, Prototype
from sessions.prototypes.services.pitches import pitch_score, pitch_set_up
from tests.factories import ParticipantFactory, UserFactory
from tests.helpers import assert_no_axe_violations as check_with_axe
from tests.helpers import expect_form_error, sign_in_browser
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.browser

IDEAS = "/projects/care-leavers/prototypes/"


def person(browser, live_server, user, *, js):
    context = browser.new_context(
        viewport={"width": 375, "height": 667}, base_url=live_server.url, java_script_enabled=js
    )
    context.set_default_timeout(8000)
    page = context.new_page()
    sign_in_browser(page, live_server, user)
    return page


@pytest.mark.parametrize("js", [True, False], ids=["with-javascript", "without-javascript"])
def test_the_friends_pack_from_idea_to_adopted(cast, browser, live_server, js, tmp_path):
    # axe runs inside the page, so it checks the pages in the run with JavaScript on; the run
    # with it off walks the same pages and shows every step works without it.
    def assert_no_axe_violations(page):
        if js:
            check_with_axe(page)

    make_session(cast.project, title="First workshop", days=-7)
    cast.participants["young_person"].display_name = "Jay"
    cast.participants["young_person"].save()

    # A young person adds the idea from the session.
    jay = person(browser, live_server, cast.young_person, js=js)
    jay.goto(IDEAS)
    assert_no_axe_violations(jay)
    jay.get_by_role("link", name="Add an idea").click()
    jay.get_by_role("button", name="Add the idea").click()
    expect_form_error(jay, "Give the idea a name.")
    assert_no_axe_violations(jay)
    jay.get_by_label("Name of the idea").fill("Friends' pack")
    jay.get_by_label("What is it? (optional)").fill("Tips from care leavers for the first week.")
    jay.get_by_label("What kind of thing is it?").select_option(label="Information pack")
    jay.get_by_label("The session it came from (optional)").select_option(index=1)
    jay.get_by_role("button", name="Add the idea").click()
    expect(jay.get_by_role("heading", level=1)).to_contain_text("Friends' pack")
    assert_no_axe_violations(jay)
    pack = Prototype.objects.get()

    # The facilitator adds a photo of the mock-up.
    priya = person(browser, live_server, cast.facilitator, js=js)
    priya.goto(pack.get_absolute_url())
    priya.get_by_role("link", name="Add a picture").click()
    assert_no_axe_violations(priya)
    photo = tmp_path / "mockup.jpg"
    photo.write_bytes(jpeg_with_gps())
    priya.locator("input[type=file]").set_input_files(str(photo))
    priya.get_by_label("Describe the picture").fill("A folded paper pack with a map on the front")
    priya.get_by_role("button", name="Add the picture").click()
    expect(
        priya.get_by_role("img", name="A folded paper pack with a map on the front")
    ).to_be_visible()

    # Staff comment; with JavaScript the comment appears without the page reloading.
    fiona = person(browser, live_server, cast.staff, js=js)
    fiona.goto(pack.get_absolute_url())
    fiona.get_by_label("Your comment").fill("We could hand this out at the leaving care review.")
    fiona.get_by_role("button", name="Post the comment").click()
    expect(fiona.get_by_text("We could hand this out at the leaving care review.")).to_be_visible()
    if js:
        expect(fiona.get_by_text("Comment posted.")).to_have_count(0)  # swapped in, no reload
    assert_no_axe_violations(fiona)

    # The facilitator answers it: only that reply form opens, under the comment.
    priya.goto(pack.get_absolute_url())
    priya.get_by_role("link", name=re.compile(r"^Reply to")).first.click()
    priya.get_by_label("Your reply").fill("Yes, and at college too.")
    priya.get_by_role("button", name="Post the reply").click()
    expect(priya.get_by_text("Yes, and at college too.")).to_be_visible()
    assert_no_axe_violations(priya)
    assert Comment.objects.get(body="Yes, and at college too.").parent is not None

    # A young person comments without showing their name to other participants.
    jay.goto(pack.get_absolute_url())
    jay.get_by_label("Your comment").fill("Put in what to do if the electric runs out.")
    jay.locator("#id_hide_name").check()  # the new comment, not a reply
    jay.get_by_role("button", name="Post the comment").click()
    expect(jay.get_by_text("Put in what to do if the electric runs out.")).to_be_visible()
    assert Comment.objects.get(hide_name=True).author == cast.participants["young_person"]
    fiona.goto(pack.get_absolute_url())
    expect(fiona.get_by_text("A member of the project", exact=True)).to_be_visible()
    expect(fiona.locator("#comments").get_by_text("Jay", exact=True)).to_have_count(0)
    priya.goto(pack.get_absolute_url())
    expect(priya.locator("#comments").get_by_text("Jay", exact=True)).to_be_visible()

    # The group fills in an evaluation sheet.
    jay.get_by_role("link", name="Fill in an evaluation sheet").click()
    assert_no_axe_violations(jay)
    jay.get_by_label("What we learnt").fill("Small enough for a pocket is best.")
    jay.get_by_label("How many young people we tried it with").fill("5")
    jay.get_by_label("How many frontline staff we tried it with").fill("2")
    jay.get_by_role("button", name="Save the sheet").click()
    expect(jay.get_by_text("Small enough for a pocket is best.")).to_be_visible()

    # The facilitator opens a test round; each role answers.
    priya.get_by_role("link", name="Set up a test round").click()
    assert_no_axe_violations(priya)
    now = timezone.localtime()
    priya.get_by_label("The question").fill("Would this pack help you in your first week?")
    priya.get_by_label("Opens").fill((now - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))
    priya.get_by_label("Closes").fill((now + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M"))
    priya.get_by_role("button", name="Open the test round").click()
    round_url = priya.url
    for page in (jay, fiona):
        page.goto(round_url)
        page.get_by_role("radio", name="4").check()
        page.get_by_role("button", name="Send my answer").click()
        expect(page.get_by_text("Thank you. Your answer is in, without your name.")).to_be_visible()
        assert_no_axe_violations(page)
    manager = person(browser, live_server, cast.manager, js=js)
    manager.goto(round_url)
    manager.get_by_role("radio", name="3").check()
    manager.get_by_role("button", name="Send my answer").click()
    assert set(Feedback.objects.values_list("role", flat=True)) == {
        "young_person",
        "staff",
        "manager",
    }
    priya.goto(round_url)
    # One answer from each role: counted together, never one role alone.
    expect(priya.get_by_role("row", name="Other roles 3.7 3")).to_be_visible()
    assert_no_axe_violations(priya)

    # A pitch panel with two young people scores it.
    ellie = ParticipantFactory(
        project=cast.project,
        role="young_person",
        user=UserFactory(email="ellie@example.org", display_name="Ellie"),
    )
    pitch_session = make_session(cast.project, title="Pitch night", kind="pitch", days=-1)
    pitch = pitch_set_up(
        session=pitch_session,
        by=cast.facilitator,
        ideas=[pack],
        judges=[ellie, cast.participants["manager"], cast.participants["young_person"]],
        criteria="Would young people use it?\nCould we keep it going?",
    )
    pitch_score(pitch=pitch, prototype=pack, judge=ellie, marks=[5, 4])
    manager.goto(f"/projects/care-leavers/sessions/{pitch_session.pk}/pitch/")
    manager.get_by_role("link", name="Score Friends' pack").click()
    assert_no_axe_violations(manager)
    manager.get_by_role("group", name="Would young people use it?").get_by_role(
        "radio", name="4"
    ).check()
    manager.get_by_role("group", name="Could we keep it going?").get_by_role(
        "radio", name="3"
    ).check()
    manager.get_by_role("button", name="Send my scores").click()
    # Two judges have scored: too few to show a score without pointing at one of them.
    expect(manager.get_by_role("row", name="Friends' pack fewer than 3: not shown")).to_be_visible()
    assert_no_axe_violations(manager)

    # The lead records the decision to adopt it.
    morag = person(browser, live_server, cast.lead, js=js)
    morag.goto(pack.get_absolute_url())
    morag.get_by_role("link", name="Record a decision on it").click()
    assert_no_axe_violations(morag)
    morag.get_by_role("radio", name="Adopt it").check()
    morag.get_by_label("Why").fill("Rated highest in testing and at the pitch.")
    for group in ("Young people", "Frontline staff", "Managers"):
        morag.get_by_role("checkbox", name=group, exact=True).check()
    morag.get_by_role("button", name="Record the decision").click()
    expect(morag.get_by_text("Decision recorded: adopt it.")).to_be_visible()
    assert_no_axe_violations(morag)
    assert Decision.objects.get().what == "Friends' pack: adopt it"
    pack.refresh_from_db()
    assert pack.status == Prototype.Status.ADOPTED
