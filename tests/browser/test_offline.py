"""With no signal: a young person's sessions, a session, their sign-in card and their messages
open from the copies the service worker kept, marked "Saved at … — you are offline"; any
other page shows the offline page; after signing out none of them opens any more."""

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import expect

from participants.notify import notify
from projects.roles import MemberStatus
from tests.helpers import CspWatch, assert_no_axe_violations, sign_in_browser
from tests.sessions.conftest import make_session

pytestmark = pytest.mark.browser

SAVED = re.compile(r"^Saved at \d\d:\d\d — you are offline$")


def wait_until(page, condition):
    """Wait for an async check in the page to come true (wait_for_function takes no promise)."""
    page.evaluate(
        f"""async () => {{
            for (let i = 0; i < 80; i++) {{
                if (await ({condition})()) return;
                await new Promise((resolve) => setTimeout(resolve, 100));
            }}
            throw new Error({json.dumps("Timed out waiting for " + condition)});
        }}"""
    )


def wait_until_saved(page):
    wait_until(page, "async () => Boolean(await caches.match(location.href))")


NOTHING_KEPT = "async () => !(await caches.keys()).some((name) => name.includes('-private-'))"


def saved_addresses(page):
    """Every address kept in this browser's stores for a person, as paths."""
    return page.evaluate(
        """async () => {
            const found = [];
            for (const name of await caches.keys()) {
                if (!name.includes('-private-')) continue;
                for (const request of await (await caches.open(name)).keys()) {
                    found.push(new URL(request.url).pathname);
                }
            }
            return found.sort();
        }"""
    )


def visit_online(page, path):
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    wait_until_saved(page)


def expect_offline_page(page):
    expect(page.get_by_role("heading", level=1)).to_have_text("You are offline")
    expect(page.locator("[data-offline-banner]")).to_be_hidden()


@pytest.fixture
def young_persons_pages(cast):
    session = make_session(
        cast.project,
        title="Mapping the town",
        getting_there="Bus 405 to the pier, then the blue door.",
        online_link="https://meet.example.org/oban-mapping",
    )
    notify(user=cast.young_person, subject="Your session has a new room", body="Room 2.")
    return {
        "/me/sessions/": "Mapping the town",
        session.get_absolute_url(): "Bus 405 to the pier, then the blue door.",
        "/me/sign-in-card/": "Support for care leavers",
        "/me/messages/": "Your session has a new room",
        "/glossary/": "Glossary",
    }


def test_a_young_persons_own_pages_open_with_no_signal(
    cast, phone, live_server, young_persons_pages
):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    for path in young_persons_pages:
        visit_online(page, path)
    # Online, but not kept: a page not on the list, and one on it that is not there (404).
    page.goto(cast.project.get_absolute_url())
    missing = f"{cast.project.get_absolute_url()}sessions/99999/"
    assert page.goto(missing).status == 404
    page.wait_for_timeout(300)
    # With a session, the form to reply to it, so a reply can be made offline too.
    session_page = next(p for p in young_persons_pages if p.startswith("/projects/"))
    assert saved_addresses(page) == sorted([*young_persons_pages, f"{session_page}reply/"])

    page.context.set_offline(True)
    for path, words in young_persons_pages.items():
        page.goto(path)
        expect(page.locator("[data-offline-banner]")).to_have_text(SAVED)
        expect(page.locator("main")).to_contain_text(words)
    assert_no_axe_violations(page)
    page.goto(next(p for p in young_persons_pages if "/sessions/" in p and "/me/" not in p))
    expect(page.get_by_role("link", name="https://meet.example.org/oban-mapping")).to_be_visible()

    page.goto(cast.project.get_absolute_url())
    expect_offline_page(page)
    assert_no_axe_violations(page)
    for path in ("/me/data/", missing):  # never kept
        page.goto(path)
        expect_offline_page(page)


def test_after_signing_out_no_kept_page_opens(cast, phone, live_server, young_persons_pages):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    for path in young_persons_pages:
        visit_online(page, path)

    page.get_by_role("button", name="Sign out").click()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign in")
    ).to_be_visible()
    wait_until(page, NOTHING_KEPT)

    page.context.set_offline(True)
    for path in young_persons_pages:
        page.goto(path)
        expect_offline_page(page)


def test_pages_kept_for_one_person_go_when_someone_else_signs_in(
    cast, phone, live_server, young_persons_pages
):
    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    visit_online(page, "/me/messages/")
    page.context.clear_cookies()
    sign_in_browser(page, live_server, cast.staff)
    page.goto("/")
    wait_until(page, NOTHING_KEPT)
    page.context.set_offline(True)
    page.goto("/me/messages/")
    expect_offline_page(page)


def test_the_check_in_page_says_when_it_is_ready_for_offline(cast, phone, live_server):
    session = make_session(cast.project)
    people = cast.project.participants.filter(status=MemberStatus.ACTIVE).count()
    page = phone
    sign_in_browser(page, live_server, cast.facilitator)
    page.goto(f"{session.get_absolute_url()}check-in/")
    expect(page.get_by_role("status")).to_have_text(f"Ready for offline: {people} people")
    assert_no_axe_violations(page)

    page.context.set_offline(True)
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check people in")
    expect(page.locator("[data-offline-banner]")).to_have_text(SAVED)

    # Opened the next day at the venue, the banner says which day it was saved.
    page.clock.set_fixed_time(datetime.now(UTC) + timedelta(days=1))
    page.reload()
    expect(page.locator("[data-offline-banner]")).to_have_text(
        re.compile(r"^Saved at \d\d:\d\d on \d{1,2} [A-Z][a-z]+ — you are offline$")
    )


def kept_stores(page):
    return page.evaluate("caches.keys()")


def test_a_new_version_of_the_worker_fetches_kept_pages_afresh(
    cast, phone, live_server, young_persons_pages, monkeypatch
):
    from codesign.offline import views

    page = phone
    sign_in_browser(page, live_server, cast.young_person)
    session_page = next(p for p in young_persons_pages if p.startswith("/projects/"))
    for path in ("/me/messages/", session_page):
        visit_online(page, path)
    kept_pages = sorted(["/me/messages/", session_page, f"{session_page}reply/"])
    # The session's reply form is kept with it.
    wait_until(
        page,
        """async () => {
            const kept = (await caches.keys()).find((name) => name.includes('-private-'));
            return kept && (await (await caches.open(kept)).keys()).length === 3;
        }""",
    )
    (old,) = {name.split("-")[1] for name in kept_stores(page)}

    source = views.service_worker_source()
    monkeypatch.setattr(views, "service_worker_source", lambda: source.replace(old, "0" * 12))
    page.evaluate("navigator.serviceWorker.getRegistration().then((r) => r.update())")
    wait_until(
        page,
        """async () => {
            const names = await caches.keys();
            if (names.some((name) => !name.startsWith('codesign-000000000000-'))) return false;
            const kept = names.find((name) => name.includes('-private-'));
            return kept && (await (await caches.open(kept)).keys()).length === 3;
        }""",
    )
    assert saved_addresses(page) == kept_pages

    page.context.set_offline(True)
    page.goto(session_page)
    expect(page.locator("[data-offline-banner]")).to_have_text(SAVED)
    page.goto("/me/sign-in-card/")  # never opened
    expect_offline_page(page)


def test_where_service_workers_are_not_allowed_pages_work_as_before(cast, browser, live_server):
    context = browser.new_context(base_url=live_server.url, service_workers="block")
    # As in a browser without them, or a page not served over HTTPS.
    context.add_init_script("delete Navigator.prototype.serviceWorker;")
    watch = CspWatch(context)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in_browser(page, live_server, cast.young_person)
    page.goto("/me/messages/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your messages")
    page.get_by_role("button", name="Sign out").click()
    expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Sign in")
    ).to_be_visible()
    assert page.evaluate("'serviceWorker' in navigator") is False
    context.close()
    assert errors == [] and watch.violations == []
