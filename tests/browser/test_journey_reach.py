"""Jay has no email and a cheap phone. He chooses texts in the welcome step; from then on what
happens to him reaches him: a place coming free, his session moved online for the weather and
his claim paid each land in Messages and send him one text with the day. Robyn chose "only on
this website": she gets the same messages there, and the planner sees her on the list of people
not reached, to phone."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from codesign import texts
from participants.models import Consent
from sessions.models import Attendance
from sessions.payments.services.approvals import claim_approve, claim_pay
from tests.factories import ParticipantFactory, UserFactory
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.participants.people import another_young_person, consent_for
from tests.sessions.conftest import make_session, reply
from tests.sessions.payments import add_rate, make_claim

pytestmark = pytest.mark.browser

NEEDS = "/projects/care-leavers/my-needs/?step=welcome"


@pytest.fixture(autouse=True)
def _empty_text_outbox():
    texts.outbox.clear()
    yield
    texts.outbox.clear()


def _choose_contact(page, answer):
    page.goto(NEEDS)
    page.get_by_role("group", name="How should we contact you?").get_by_role(
        "radio", name=answer
    ).check()


def test_what_happens_to_jay_reaches_him_and_robyn_is_on_the_not_reached_list(
    cast, phone, desktop, live_server, settings
):
    settings.SITE_URL = live_server.url
    jay = ParticipantFactory(
        project=cast.project,
        role="young_person",
        user=UserFactory(email=None, username="jay458", display_name="Jay"),
    )
    robyn = another_young_person(cast)
    for person in (jay, robyn):
        consent_for(person, Consent.Purpose.CONTACT, Consent.Level.YES)

    # Jay chooses texts in the welcome step, typing his number the way he says it.
    sign_in_browser(phone, live_server, jay.user)
    _choose_contact(phone, "Text message")
    phone.get_by_label("Phone number").fill("07911 123 456")
    phone.get_by_role("button", name="Save and go to the project").click()
    expect(phone.get_by_text("We will text you at 07911 123456")).to_be_visible()
    assert_no_axe_violations(phone)

    # Robyn chooses to hear only on the site.
    sign_in_browser(desktop, live_server, robyn.user)
    _choose_contact(desktop, "Only on this website: I will look at my messages here")
    desktop.get_by_role("button", name="Save and go to the project").click()
    expect(desktop.get_by_text("We will not email, text or post you")).to_be_visible()

    # A full session: Jay waits; someone says no, and the place is his.
    session = make_session(cast.project, title="Map workshop", capacity=2, days=5)
    reply(session, cast.participants["staff"], "yes")
    reply(session, jay, "waiting")
    reply(session, robyn, "yes")
    sign_in_browser(desktop, live_server, cast.staff)
    desktop.goto(session.get_absolute_url() + "reply/")
    desktop.get_by_role("radio", name="No, I can't").check()
    desktop.get_by_role("button", name="Send my reply").click()
    expect(desktop.get_by_text(re.compile("Thank you"))).to_be_visible()
    assert Attendance.objects.get(participant=jay).reply == "yes"
    (text,) = texts.outbox
    assert text.to == "+447911123456" and texts.short_when(session.starts_at) in text.body
    assert "Support for care leavers" not in text.body

    phone.goto("/me/messages/")
    expect(phone.get_by_role("heading", name="Your messages")).to_be_visible()
    expect(phone.get_by_role("heading", name=re.compile("place"))).to_be_visible()
    assert_no_axe_violations(phone)

    # Snow: the lead moves the session online, and sees who was reached and whom to phone.
    sign_in_browser(desktop, live_server, cast.lead)
    desktop.goto(session.get_absolute_url())
    desktop.get_by_role("link", name="Postpone, cancel or move online").click()
    desktop.get_by_role("radio", name="Move it online, same time").check()
    desktop.get_by_role("radio", name="Bad weather").check()
    desktop.get_by_label("Online link (for moving online)").fill("https://meet.example.org/map")
    desktop.get_by_role("button", name="Make the change and tell everyone").click()
    told = desktop.get_by_text(re.compile("1 only on the site"))
    expect(told).to_be_visible()
    expect(told).to_contain_text("Robyn (no number)")
    assert_no_axe_violations(desktop)
    assert len(texts.outbox) == 2 and texts.outbox[1].to == "+447911123456"
    assert texts.short_when(session.starts_at) in texts.outbox[1].body

    sign_in_browser(desktop, live_server, robyn.user)
    desktop.goto("/me/messages/")
    expect(desktop.get_by_role("heading", name=re.compile("online"))).to_be_visible()
    assert (
        robyn.user.notifications.count() == 1
        and not robyn.user.notifications.get().deliveries.exists()
    )

    # His claim is paid: one more message and one more text.
    add_rate(cast.project)
    claim = make_claim(jay, session)
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    claim_pay(claim=claim, by=cast.lead, paid_on=timezone.localdate(), route="bank")
    phone.goto("/me/messages/")
    expect(phone.get_by_role("heading", name=re.compile("paid", re.IGNORECASE))).to_be_visible()
    assert_no_axe_violations(phone)
    jay_texts = [t for t in texts.outbox if t.to == "+447911123456"]
    assert len(jay_texts) == 4  # a place, moved online, approved, paid: one text each
