"""On a 360 px phone: a young person gives an emergency contact and health notes for a session
and is told who will see them; Priya, who runs it, reads them; after the session the young
person opens "How was today?" from their messages, answers "not good" and says they are
worried; the safeguarding lead finds a new concern with the young person's words."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from sessions.models import Concern, DayAnswer, SafetyInfo
from sessions.safeguarding.services.how_was_today import how_was_today_ask
from tests.helpers import CspWatch, assert_no_axe_violations, sign_in_browser
from tests.sessions.safeguarding import name_leads
from tests.sessions.session_safety import run_by_facilitator

pytestmark = pytest.mark.browser

SMALL_PHONE = {"width": 360, "height": 740}
WORRY = "A man outside the centre asked where I live."


def _small_phone(browser, live_server):
    context = browser.new_context(viewport=SMALL_PHONE, base_url=live_server.url)
    context.set_default_timeout(8000)
    return context, CspWatch(context), context.new_page()


def _fits(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]


def _rename(cast, role, name):
    cast.participants[role].display_name = name
    cast.participants[role].save()


def test_safety_information_then_how_was_today(cast, browser, live_server):
    _rename(cast, "facilitator", "Priya")
    _rename(cast, "manager", "Fiona")
    name_leads(cast, "manager")
    session = run_by_facilitator(cast, days=1)

    context, watch, young = _small_phone(browser, live_server)
    sign_in_browser(young, live_server, cast.young_person)
    young.goto(session.get_absolute_url())
    young.get_by_role("link", name="Give safety information").click()
    expect(young.get_by_text("Only the people who run this session: Priya.")).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_role("button", name="Save my safety information").click()
    expect(
        young.get_by_text("Give an emergency contact, health notes, or both.").first
    ).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_label("Emergency contact's name (optional)").fill("Morven")
    young.get_by_label("Who they are to you (optional)").fill("My sister")
    young.get_by_label("Their phone number (optional)").fill("07700 900461")
    young.get_by_label("Health notes (optional)").fill("Allergic to peanuts: pen in my bag.")
    young.get_by_role("button", name="Save my safety information").click()
    expect(young.get_by_text("Your safety information is saved.")).to_be_visible()
    expect(
        young.get_by_role("link", name="Change or delete your safety information")
    ).to_be_visible()
    assert_no_axe_violations(young)
    _fits(young)
    young.get_by_role("link", name="Change or delete your safety information").click()
    young.get_by_role("link", name="Delete my safety information").click()
    expect(young.get_by_role("heading", name="Delete your safety information?")).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_role("link", name="Keep it").click()
    assert SafetyInfo.objects.get().contact_name == "Morven"

    context_r, watch_r, priya = _small_phone(browser, live_server)
    sign_in_browser(priya, live_server, cast.facilitator)
    priya.goto(session.get_absolute_url())
    priya.get_by_role("link", name="Safety information", exact=True).click()
    expect(priya.get_by_text("Allergic to peanuts: pen in my bag.")).to_be_visible()
    expect(priya.get_by_role("link", name="07700 900461")).to_be_visible()
    assert_no_axe_violations(priya)
    _fits(priya)
    context_r.close()
    assert watch_r.violations == []

    # The session happens, the young person is checked in, and the hourly run asks them.
    ends = timezone.now() - timedelta(minutes=30)
    session.starts_at, session.ends_at = ends - timedelta(hours=2), ends
    session.save()
    session.attendances.filter(participant=cast.participants["young_person"]).update(
        attended=True, checked_in_at=ends
    )
    assert how_was_today_ask() == 1

    young.goto("/me/messages/")
    assert_no_axe_violations(young)
    young.get_by_role("button", name="Say how it was").click()
    expect(young.get_by_role("heading", name="How was today?", exact=True)).to_be_visible()
    expect(young.get_by_text("Who will see your answer")).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_label(
        "I am worried about something and want the safeguarding lead to know"
    ).check()
    young.get_by_role("button", name="Not good").click()
    expect(young.get_by_text("Say a little about what worries you").first).to_be_visible()
    assert_no_axe_violations(young)
    young.get_by_label("Anything you want to say? (optional)").fill(WORRY)
    young.get_by_label(
        "I am worried about something and want the safeguarding lead to know"
    ).check()
    young.get_by_role("button", name="Not good").click()
    expect(young.get_by_text("Thank you. Your answer is sent.")).to_be_visible()
    expect(young.get_by_text("You told the safeguarding lead you were worried.")).to_be_visible()
    assert_no_axe_violations(young)
    _fits(young)
    context.close()
    assert watch.violations == []
    assert DayAnswer.objects.get().feeling == "not_good"
    concern = Concern.objects.get()

    context, watch, fiona = _small_phone(browser, live_server)
    sign_in_browser(fiona, live_server, cast.manager)
    fiona.goto("/me/messages/")
    expect(fiona.get_by_text("A new concern needs you").first).to_be_visible()
    fiona.get_by_role("button", name="Open the concern").click()
    expect(fiona.get_by_text(WORRY)).to_be_visible()
    assert_no_axe_violations(fiona)
    _fits(fiona)
    context.close()
    assert watch.violations == []
    assert concern.raised_by == cast.young_person

    context, watch, priya = _small_phone(browser, live_server)
    sign_in_browser(priya, live_server, cast.facilitator)
    priya.goto(session.get_absolute_url())
    expect(priya.get_by_text("Fewer than 3 answers: not shown")).to_be_visible()
    expect(priya.get_by_text(WORRY)).to_have_count(0)
    assert_no_axe_violations(priya)
    context.close()
    assert watch.violations == []
