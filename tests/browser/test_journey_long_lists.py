"""A young person on a phone finds one decision among hundreds, pages through the log and
reads the whole stage history from the overview."""

import pytest
from playwright.sync_api import expect

from projects.seed.scale import top_up_decisions, top_up_stage_moves
from tests.helpers import assert_no_axe_violations, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture
def project(transactional_db, cast):
    top_up_decisions(cast.project, 400, by=cast.facilitator)
    top_up_stage_moves(cast.project, 120, by=cast.lead)
    return cast.project


def test_finding_a_decision_and_paging_through_the_log(phone, live_server, cast, project):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    page.goto(f"/projects/{project.slug}/decisions/")
    expect(page.get_by_text("400 decisions, newest first.")).to_be_visible()
    pager = page.get_by_role("navigation", name="Decision log pages")
    expect(pager).to_contain_text("Page 1 of 8")
    assert_no_axe_violations(page)

    pager.get_by_role("link", name="Next page").click()
    expect(pager).to_contain_text("Page 2 of 8")
    pager.get_by_role("link", name="Previous page").click()
    expect(pager).to_contain_text("Page 1 of 8")

    search = page.get_by_role("search", name="Find decisions")
    search.get_by_label("Words in the decision").fill("youth centre")
    search.get_by_label("Who made the decision").select_option(label="Everyone together")
    search.get_by_role("button", name="Find").click()
    expect(page.get_by_role("status")).to_contain_text("of 400 decisions found.")
    expect(page.get_by_label("Words in the decision")).to_have_value("youth centre")
    assert_no_axe_violations(page)
    for title in page.locator(".decision-list h2").all_inner_texts():
        assert "youth centre" in title

    page.get_by_role("link", name="Show every decision").click()
    expect(page.get_by_text("400 decisions, newest first.")).to_be_visible()


def test_the_whole_stage_history_from_the_overview(phone, live_server, cast, project):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    page.goto(f"/projects/{project.slug}/")
    # People taking part find the history lower down, folded under its own heading.
    page.locator("summary", has_text="Stage history").click()
    history = page.locator("details", has=page.locator("summary", has_text="Stage history"))
    expect(history.get_by_role("listitem")).to_have_count(5)
    history.get_by_role("link", name="See the whole stage history").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stage history")
    expect(page.get_by_text("120 moves.")).to_be_visible()
    expect(page.get_by_role("navigation", name="Stage history pages")).to_contain_text(
        "Page 1 of 3"
    )
    assert_no_axe_violations(page)
