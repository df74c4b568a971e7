"""On a phone, a young person with no email joins with a printed card (its QR code opens the
join page with the code in it), signs out, signs in with the sign-in name, forgets the
password, gets a fresh card from the local lead who invited them, and is back in."""

import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from participants.models import Participant
from projects.models import AuditEntry
from tests.helpers import assert_no_axe_violations, expect_form_error, sign_in_browser

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_a_young_person_without_email_gets_in_and_back_in_with_cards(
    cast, desktop, phone, live_server, settings
):
    settings.SITE_URL = live_server.url

    # The local lead makes a printed card with a phone number to ask.
    sign_in_browser(desktop, live_server, cast.local_lead)
    desktop.goto("/projects/care-leavers/people/invite/")
    desktop.get_by_label("On a printed card with a code (no email needed)").check()
    desktop.get_by_label("Their name (optional)").fill("Jay")
    desktop.get_by_label("How they will take part").select_option(label="Young person")
    desktop.get_by_label("A phone number they can ask (optional)").fill("01546 605522")
    desktop.get_by_role("button", name="Make the invitation").click()
    expect(desktop.get_by_role("heading", name="Invitation card")).to_be_visible()
    expect(desktop.get_by_text("01546 605522")).to_be_visible()
    expect(desktop.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_no_axe_violations(desktop)
    link = desktop.get_by_role("link", name=re.compile("join")).get_attribute("href")
    assert link.startswith(live_server.url)  # the QR code holds this same link

    # Scanning the QR code opens the invitation with the code in it.
    page = phone
    page.goto(link)
    expect(
        page.get_by_role("heading", name="You are invited to Support for care leavers")
    ).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Your name").fill("Jay")
    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-long-enough-passphrase")
    page.get_by_label("Sign-in name (optional)").fill("jay@home")
    page.get_by_role("button", name="Make my account and join").click()
    expect_form_error(page, "A sign-in name cannot have “@” in it.")
    assert_no_axe_violations(page)
    page.get_by_label("Sign-in name (optional)").fill("")
    page.get_by_label("Make a password").fill("a-long-enough-passphrase")
    page.get_by_label("Type the password again").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Make my account and join").click()

    # Without email, the new sign-in name comes first, on a step of its own.
    expect(page.get_by_role("heading", level=1)).to_have_text("Write down your sign-in name")
    jay = Participant.objects.select_related("user").get(user__display_name="Jay")
    name = jay.user.username
    assert jay.user.email is None and re.fullmatch(r"jay\d{3}", name)
    expect(page.locator(".sign-in-name")).to_have_text(name)
    assert_no_axe_violations(page)
    page.get_by_role("link", name="I have written it down: go on").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Support for care leavers")
    assert_no_axe_violations(page)

    # Their own sign-in card, to keep.
    page.goto("/me/sign-in-card/")
    expect(page.locator(".sign-in-name")).to_have_text(name)
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # Sign out, then in again with the name on the card, in capitals.
    page.get_by_role("button", name="Sign out").click()
    page.goto("/accounts/login/")
    assert_no_axe_violations(page)
    page.get_by_label("Email address or sign-in name").fill(name.upper())
    page.get_by_label("Password").fill("a-long-enough-passphrase")
    page.get_by_role("button", name="Sign in").click()
    page.goto("/me/")
    expect(page.get_by_text(f"Your sign-in name: {name}")).to_be_visible()

    # Jay forgets the password; the local lead who invited them gives a fresh card.
    page.get_by_role("button", name="Sign out").click()
    desktop.goto("/projects/care-leavers/people/")
    desktop.get_by_role("link", name="New sign-in card for Jay").first.click()
    expect(desktop.get_by_role("heading", name="Give Jay a new sign-in card")).to_be_visible()
    assert_no_axe_violations(desktop)
    desktop.get_by_role("button", name="Make a new sign-in card for Jay").click()
    expect(desktop.get_by_role("heading", name="New sign-in card for Jay")).to_be_visible()
    assert_no_axe_violations(desktop)
    code = desktop.locator(".invitation-code").inner_text().strip()
    assert AuditEntry.objects.filter(action="sign_in_code_issue", actor=cast.local_lead).exists()

    # Back in with the code on the new card.
    page.goto("/accounts/login/")
    page.get_by_role("link", name="use the code on your new card").click()
    expect(page.get_by_role("heading", name="Use your new sign-in card")).to_be_visible()
    assert_no_axe_violations(page)
    page.get_by_label("The code on your new sign-in card").fill(code.lower())
    page.get_by_label("Make a new password").fill("another-long-passphrase")
    page.get_by_label("Type the new password again").fill("another-different-one")
    page.get_by_role("button", name="Set my new password and sign in").click()
    expect_form_error(page, "The two passwords are different.")
    assert_no_axe_violations(page)
    page.get_by_label("Make a new password").fill("another-long-passphrase")
    page.get_by_label("Type the new password again").fill("another-long-passphrase")
    page.get_by_role("button", name="Set my new password and sign in").click()
    expect(page.get_by_text("Your new password is set and you are signed in.")).to_be_visible()
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375

    # With no email, what happened to Jay waits in Messages, counted in the header.
    unread = jay.user.notifications.filter(read_at=None).count()
    assert unread >= 1
    page.get_by_role("link", name=re.compile(rf"Messages\s*{unread} unread")).click()
    expect(page.get_by_role("heading", name="Your messages")).to_be_visible()
    expect(page.get_by_text("You have a new sign-in card").first).to_be_visible()
    assert_no_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.get_by_role("button", name=re.compile("See your sign-in card")).first.click()
    expect(page.locator(".sign-in-name")).to_have_text(name)
    jay.user.refresh_from_db()
    assert jay.user.unread_messages == unread - 1


def test_the_qr_code_draws_under_a_strict_content_security_policy(cast, desktop, live_server):
    from tests.factories import InvitationFactory

    card = InvitationFactory(project=cast.project, invited_by=cast.local_lead, code="KXPT7HWQ")
    strict = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'"
    refused = []
    # htmx adds its own indicator style on every page; that is the site's concern, not the card's.
    desktop.on(
        "console",
        lambda message: "htmx" not in message.location["url"] and refused.append(message.text),
    )

    def with_policy(route):
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": strict}
        )

    desktop.route(re.compile(r".*/card/$"), with_policy)
    sign_in_browser(desktop, live_server, cast.local_lead)
    desktop.goto(f"/projects/care-leavers/people/invitations/{card.pk}/card/")
    qr = desktop.get_by_role("img", name=re.compile("QR code"))
    box = qr.bounding_box()
    assert box["width"] >= 100 and box["width"] == box["height"]
    assert desktop.locator(".qr-code path").count() == 1
    assert not [text for text in refused if "Content Security Policy" in text]
