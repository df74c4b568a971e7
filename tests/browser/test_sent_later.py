"""Done with no signal, sent later: a reply or a check-in made offline is kept on the phone,
shown as waiting to send, and sent once the signal is back, once however often it is sent;
what changed meanwhile is said in plain words, and anything over a week old waits to be sent
or dropped by hand."""

import re

import pytest
from playwright.sync_api import expect

from projects.roles import MemberStatus
from sessions.models import Attendance, OfflineAction
from tests.browser.test_offline import visit_online
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.browser

WAITING = re.compile(r"— waiting to send, done at")
OUTBOX = "window.CodesignOutbox.list(document.querySelector('meta[name=codesign-owner]').content)"


def panel(page):
    return page.get_by_role("region", name="Waiting to send")


def queued(page):
    return page.evaluate(OUTBOX)


def test_a_reply_made_offline_is_sent_once_when_the_signal_is_back(cast, phone, live_server):
    session = make_session(cast.project, title="Mapping the town")
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    visit_online(page, f"{session.get_absolute_url()}reply/")

    page.context.set_offline(True)
    page.reload()
    page.get_by_role("radio", name="Maybe").check()
    page.get_by_role("button", name="Send my reply").click()
    expect(panel(page)).to_contain_text(
        re.compile(r"Your reply to “Mapping the town”: Maybe — waiting to send, done at \d\d:\d\d")
    )
    expect(page.get_by_role("status").filter(has_text="Saved on this phone")).to_be_visible()
    assert_no_axe_violations(page)
    assert not Attendance.objects.exists()

    page.context.set_offline(False)
    expect(panel(page)).to_contain_text("sent. Your reply to “Mapping the town” is sent: maybe.")
    page.wait_for_timeout(300)  # time for a second sender (the worker) to have tried too
    assert Attendance.objects.get().reply == "maybe"
    assert OfflineAction.objects.count() == 1
    page.reload()
    expect(panel(page)).to_be_hidden()


def test_three_check_ins_made_offline_are_held_once_after_two_replays(cast, phone, live_server):
    session = make_session(cast.project, days=0, hour=23, title="Mapping the town")
    people = [cast.participants[role] for role in ("young_person", "staff", "manager")]
    page = phone
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"{session.get_absolute_url()}check-in/")
    expect(page.get_by_role("status").filter(has_text="Ready for offline")).to_be_visible()

    page.context.set_offline(True)
    page.reload()
    page.get_by_role("button", name="Check in", exact=True).click()
    code = page.get_by_label("Code from their card")
    expect(code).to_have_accessible_description(
        re.compile("^Type the code from the person’s card.")
    )
    expect(code).to_be_focused()
    assert queued(page) == []
    # Typed one after another as fast as a keyboard allows: no code is lost to the one before.
    for person in people:
        code.fill(person.card_code)
        page.get_by_role("button", name="Check in", exact=True).click()
    expect(panel(page).get_by_text(WAITING)).to_have_count(3)
    expect(code).not_to_have_attribute("aria-invalid", "true")
    assert_no_axe_violations(page)
    kept = queued(page)
    assert sorted(dict(action["fields"])["code"] for action in kept) == sorted(
        person.card_code for person in people
    )
    assert len(kept) == 3 and not Attendance.objects.exists()

    page.context.set_offline(False)
    expect(panel(page).get_by_text(re.compile(r"sent\. .* is checked in\."))).to_have_count(3)
    # The answers were lost, say: the phone sends all three again, twice at once.
    page.evaluate(
        """async (kept) => {
            const put = (action) => new Promise((resolve) => {
                const open = indexedDB.open("codesign-outbox");
                open.onsuccess = () => {
                    const tx = open.result.transaction("actions", "readwrite");
                    tx.objectStore("actions").put(Object.assign(action, {state: "waiting"}));
                    tx.oncomplete = () => { open.result.close(); resolve(); };
                };
            });
            for (const action of kept) await put(action);
            const owner = document.querySelector("meta[name=codesign-owner]").content;
            const token = document.querySelector("input[name=csrfmiddlewaretoken]").value;
            // One sender at a time on a phone, so the two go one after the other.
            await Promise.all([
                CodesignOutbox.sendWaiting(owner, token),
                CodesignOutbox.sendWaiting(owner, token),
            ]);
        }""",
        kept,
    )
    assert Attendance.objects.filter(session=session, attended=True).count() == 3
    assert OfflineAction.objects.count() == 3
    assert set(OfflineAction.objects.values_list("outcome", flat=True)) == {"done"}


def test_what_changed_meanwhile_is_said_and_nothing_else_is_lost(cast, phone, live_server):
    session = make_session(cast.project, days=0, hour=23)
    young, staff, manager = (cast.participants[r] for r in ("young_person", "staff", "manager"))
    page = phone
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"{session.get_absolute_url()}check-in/")
    expect(page.get_by_role("status").filter(has_text="Ready for offline")).to_be_visible()

    page.context.set_offline(True)
    page.reload()
    for person in (young, staff, manager):
        page.get_by_label("Code from their card").fill(person.card_code)
        page.get_by_role("button", name="Check in", exact=True).click()
    expect(panel(page).get_by_text(WAITING)).to_have_count(3)
    # Meanwhile, on another phone with a signal:
    checked = Attendance.objects.create(session=session, participant=young, attended=True)
    Attendance.objects.filter(pk=checked.pk).update(
        checked_in_by=cast.lead,
        checked_in_at=checked.session.starts_at.replace(hour=18, minute=32),
    )
    staff.status = MemberStatus.LEFT
    staff.save()

    page.context.set_offline(False)
    expect(panel(page)).to_contain_text(
        "sent. Young person was already checked in by Project lead at 18:32."
    )
    expect(panel(page)).to_contain_text("not sent. Frontline staff is not taking part")
    expect(panel(page)).to_contain_text("sent. Manager is checked in.")
    assert_no_axe_violations(page)
    page.reload()
    panel(page).get_by_role("button", name="Remove from the list").click()
    expect(panel(page)).to_be_hidden()


def test_an_action_over_a_week_old_waits_to_be_sent_or_dropped(cast, phone, live_server):
    session = make_session(cast.project, title="Mapping the town")
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    visit_online(page, f"{session.get_absolute_url()}reply/")
    page.context.set_offline(True)
    page.reload()
    for answer in ("Maybe", "No, I can't"):
        page.get_by_role("radio", name=answer).check()
        page.get_by_role("button", name="Send my reply").click()
    expect(panel(page).get_by_text(WAITING)).to_have_count(2)
    page.evaluate(
        """async () => new Promise((resolve) => {
            const open = indexedDB.open("codesign-outbox");
            open.onsuccess = () => {
                const tx = open.result.transaction("actions", "readwrite");
                const store = tx.objectStore("actions");
                store.getAll().onsuccess = (event) => {
                    event.target.result.forEach((action) => {
                        action.madeAt -= 8 * 24 * 60 * 60 * 1000;
                        store.put(action);
                    });
                    store.transaction.oncomplete = () => { open.result.close(); resolve(); };
                };
            };
        })"""
    )

    page.context.set_offline(False)
    page.reload()
    expect(panel(page).get_by_text("more than a week ago. Send it now, or drop it?")).to_have_count(
        2
    )
    expect(panel(page).get_by_role("button", name="Send now")).to_be_hidden()
    assert_no_axe_violations(page)
    page.wait_for_timeout(300)
    assert not OfflineAction.objects.exists()

    panel(page).get_by_role("button", name="Drop").first.click()
    expect(page.get_by_role("status").filter(has_text="Dropped")).to_contain_text("Maybe")
    panel(page).get_by_role("button", name="Send").click()
    expect(panel(page)).to_contain_text("is sent: no, i can't come.")
    assert Attendance.objects.get().reply == "no"
    assert OfflineAction.objects.count() == 1


def test_a_check_in_that_cannot_reach_the_site_waits_to_be_sent(cast, phone, live_server):
    """The phone says it has a signal, but the form cannot get through."""
    session = make_session(cast.project, days=0, hour=23)
    page = phone
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"{session.get_absolute_url()}check-in/")
    expect(page.get_by_role("status").filter(has_text="Ready for offline")).to_be_visible()

    page.context.set_offline(True)
    page.evaluate("Object.defineProperty(navigator, 'onLine', { get: () => true })")
    page.get_by_label("Code from their card").fill(cast.participants["staff"].card_code)
    page.get_by_role("button", name="Check in", exact=True).click()
    expect(panel(page).get_by_text(WAITING)).to_have_count(1)
    expect(panel(page)).to_contain_text("Check-in by card: ")
    assert not Attendance.objects.exists()

    page.context.set_offline(False)
    expect(panel(page)).to_contain_text("sent. Frontline staff is checked in.")
    assert Attendance.objects.get().attended


def test_names_ticked_offline_change_only_what_was_changed(cast, phone, live_server):
    session = make_session(cast.project, days=0, hour=23, title="Mapping the town")
    Attendance.objects.create(
        session=session, participant=cast.participants["staff"], attended=True
    )
    page = phone
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"{session.get_absolute_url()}check-in/")
    expect(page.get_by_role("status").filter(has_text="Ready for offline")).to_be_visible()

    page.context.set_offline(True)
    page.reload()
    page.get_by_role("checkbox", name="Young person").check()
    page.get_by_role("checkbox", name="Frontline staff").uncheck()
    page.get_by_role("button", name="Save who came").click()
    expect(panel(page)).to_contain_text("Who came to “Mapping the town” — waiting to send")
    # Meanwhile, on another phone with a signal:
    Attendance.objects.create(
        session=session, participant=cast.participants["manager"], attended=True
    )

    page.context.set_offline(False)
    expect(panel(page)).to_contain_text("sent. Who came is saved: 2 changes.")
    came = Attendance.objects.filter(attended=True).values_list("participant__role", flat=True)
    assert sorted(came) == ["manager", "young_person"]
