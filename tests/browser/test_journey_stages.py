"""A lead moves the project through its stages; a facilitator keeps the decision log and the
project's words; hard words open with the keyboard."""

import pytest
from playwright.sync_api import expect

from projects.models import Decision, GlossaryTerm, StageChange
from projects.selectors.glossary import seed_site_glossary
from tests.helpers import assert_no_axe_violations, expect_form_error, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture
def project(transactional_db, cast):
    seed_site_glossary()
    return cast.project


def test_the_lead_moves_on_early_with_a_reason_goes_back_and_sees_the_history(
    desktop, live_server, cast, project
):
    page = desktop
    sign_in_browser(page, live_server, cast.lead)
    page.goto(f"/projects/{project.slug}/")
    attention = page.get_by_role("region", name="Needs your attention")
    expect(attention).to_contain_text("Add partners")
    assert_no_axe_violations(page)

    attention.get_by_role("link", name="See the stage and move it on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The project's stage")
    tasks = page.get_by_role("region", name="Tasks for “Setting up”")
    expect(tasks).to_contain_text("0 of 5 done.")
    expect(tasks.get_by_role("listitem").filter(has_text="Add partners")).to_contain_text(
        "Not started"
    )
    expect(tasks.get_by_role("listitem").filter(has_text="Record funding")).to_contain_text(
        "Cannot start yet"
    )
    assert_no_axe_violations(page)

    move_on = page.get_by_role("button", name="Move on to “Inviting people”")
    move_on.click()
    expect_form_error(page, "To move on anyway, write down why.")
    assert_no_axe_violations(page)
    assert not StageChange.objects.exists()

    page.get_by_label("Why move on now?").fill("Partners sign next week; invitations can start.")
    page.get_by_role("button", name="Move on to “Inviting people”").click()
    expect(page.get_by_text("The project moved on to “Inviting people”.")).to_be_visible()
    current = page.get_by_role("list", name="Project stages").locator('[aria-current="step"]')
    expect(current).to_contain_text("Inviting people")
    history = page.get_by_role("region", name="Stage history")
    expect(history).to_contain_text("Moved on early")
    expect(history).to_contain_text("Partners sign next week; invitations can start.")
    assert_no_axe_violations(page)

    page.get_by_role("radio", name="Setting up").check()
    page.get_by_label("Why go back? (optional)").fill("We forgot the payment policy.")
    page.get_by_role("button", name="Go back").click()
    expect(page.get_by_text("The project went back to “Setting up”.")).to_be_visible()
    expect(history).to_contain_text("took the project back from “Inviting people”")
    assert_no_axe_violations(page)

    page.get_by_role("link", name=project.title).click()
    overview_history = page.get_by_role("region", name="Stage history")
    expect(overview_history).to_contain_text("We forgot the payment policy.")
    expect(overview_history).to_contain_text("Moved on early")

    word = page.get_by_role("button", name="partners (what this means)").first
    word.focus()
    page.keyboard.press("Enter")
    meaning = page.locator(".glossary-meaning:popover-open")
    expect(meaning).to_be_visible()
    expect(meaning).to_contain_text("An organisation working on the project")
    assert_no_axe_violations(page)
    page.keyboard.press("Tab")
    expect(meaning.get_by_role("link", name="All words explained")).to_be_focused()
    page.keyboard.press("Escape")
    expect(meaning).to_have_count(0)


def test_the_overview_works_on_a_phone_for_a_young_person(phone, live_server, cast, project):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    page.goto(f"/projects/{project.slug}/")
    expect(page.get_by_role("heading", name="Where the project is")).to_be_visible()
    expect(page.get_by_role("region", name="Needs your attention")).to_have_count(0)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(page)

    # The word may appear more than once on the page (ideas list too): the first opens it, on
    # a phone in the page under the word.
    page.get_by_role("button", name="prototype (what this means)").first.click()
    expect(page.locator(".glossary-meaning.is-inline")).to_contain_text("rough version")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Close the explanation of prototype").click()
    expect(page.locator(".glossary-meaning.is-inline")).to_have_count(0)

    page.get_by_role("link", name="Glossary").click()
    expect(page.get_by_role("heading", name="Glossary: words explained")).to_be_visible()
    assert_no_axe_violations(page)


def test_a_facilitator_records_a_decision_and_explains_a_word(desktop, live_server, cast, project):
    page = desktop
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"/projects/{project.slug}/")
    page.get_by_role("link", name="Decision log").click()
    expect(page.get_by_text("No decisions recorded yet.")).to_be_visible()
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Record a decision").click()
    page.get_by_role("button", name="Record the decision").click()
    expect_form_error(page, "Say what was decided.")
    assert_no_axe_violations(page)

    page.get_by_label("What was decided").fill(
        "Hold sessions in the evening so young people at college or work can come"
    )
    page.get_by_label("Who suggested it").select_option(label="Young people")
    page.get_by_label("Who made the decision").select_option(label="Everyone together")
    page.get_by_label("Young people had a vote on it").check()
    page.get_by_role("button", name="Record the decision").click()
    expect(page.get_by_text("Young people had a vote in 1 of 1 decision.")).to_be_visible()
    assert_no_axe_violations(page)
    assert Decision.objects.get().recorded_by == cast.facilitator

    page.get_by_role("link", name="Change the decision: Hold sessions").click()
    page.get_by_label("What happened because of it (optional)").fill("More young people came.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("More young people came.")).to_be_visible()

    # On a phone the project's own words sit under "More" in the project menu.
    page.locator("summary", has_text="More").click()
    page.get_by_role("link", name="Project words").click()
    expect(page.get_by_text("No words of this project's own yet.")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Explain a word").click()
    page.get_by_label("Word or phrase").fill("friends' pack")
    page.get_by_label("What it means, in plain words").fill(
        "A pack young people made for young people moving into residential care."
    )
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add the word").click()
    expect(page.get_by_role("definition")).to_contain_text("moving into residential care")
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Remove “friends' pack”").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Remove “friends' pack”?")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Remove the word").click()
    expect(page.get_by_text("No words of this project's own yet.")).to_be_visible()
    assert not GlossaryTerm.objects.filter(project=project).exists()
