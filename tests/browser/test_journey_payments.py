"""On phones: a young person who came to the evening session sees the payment policy, claims
time and travel with a photo of the bus ticket and chooses a voucher; the lead does the under-18
check, approves and marks it paid; the young person sees the tax-year total and downloads the
letter for a benefits adviser (an A4 PDF)."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from projects.models import Spend
from sessions.models import Claim
from tests.helpers import assert_no_axe_violations, sign_in_browser
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.payments import add_rate, came_to

pytestmark = pytest.mark.browser

PAYMENTS = "/projects/care-leavers/payments/"


def test_a_claim_from_the_evening_session_to_paid(cast, phone, browser, live_server, tmp_path):
    cast.project.payment_policy = "We pay £15 an hour for your time, or a voucher if you prefer."
    cast.project.save()
    add_rate(cast.project, pence=1500)
    session = came_to(cast.participants["young_person"], title="Evening workshop", hour=18)
    ticket = tmp_path / "bus-ticket.jpg"
    ticket.write_bytes(jpeg_with_gps())

    # The young person claims on their phone.
    sign_in_browser(phone, live_server, cast.young_person)
    phone.goto(PAYMENTS)
    expect(phone.get_by_text("We pay £15 an hour for your time")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="Claim for Evening workshop").click()
    assert_no_axe_violations(phone)
    expect(phone.get_by_label("Time to be paid for, in minutes")).to_have_value("120")
    phone.get_by_role("radio", name="Voucher").check()
    phone.get_by_label("Travel (£)").fill("4.60")
    phone.get_by_label("Travel receipt").set_input_files(str(ticket))
    phone.get_by_role("button", name="Send the claim").click()
    expect(phone.get_by_text("Claim sent.")).to_be_visible()
    assert_no_axe_violations(phone)
    claim = Claim.objects.get(session=session)
    assert (claim.route, claim.total_pence) == ("voucher", 3460)

    # The lead checks, approves and pays it.
    context = browser.new_context(viewport={"width": 375, "height": 667}, base_url=live_server.url)
    context.set_default_timeout(8000)
    lead = context.new_page()
    sign_in_browser(lead, live_server, cast.lead)
    lead.goto(PAYMENTS + "queue/")
    assert_no_axe_violations(lead)
    lead.get_by_role("link", name="Approve or decline the claim by Young person").click()
    expect(lead.get_by_text("This person may be under 18.")).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_role("radio", name="Approve the claim").check()
    lead.get_by_role("button", name="Save the decision").click()
    expect(
        lead.get_by_text("This person may be under 18: confirm the check first.").first
    ).to_be_visible()
    assert_no_axe_violations(lead)
    lead.get_by_label("I have checked that a payment is right for this person").check()
    lead.get_by_role("button", name="Save the decision").click()
    expect(lead.get_by_text("Claim approved.")).to_be_visible()
    lead.get_by_role("link", name="Mark as paid the claim by Young person").click()
    assert_no_axe_violations(lead)
    lead.get_by_role("radio", name="Voucher").check()
    lead.get_by_role("button", name="Mark as paid").click()
    expect(lead.get_by_text("Marked as paid.")).to_be_visible()
    context.close()
    claim.refresh_from_db()
    assert (claim.status, claim.paid_on) == ("paid", timezone.localdate())
    assert Spend.objects.get().amount_pence == 3460

    # The young person sees it paid, the year's total, and gets the letter.
    phone.goto(PAYMENTS)
    expect(phone.get_by_text("Paid to you for your time: £30.00.")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_role("link", name="A letter about your payments for a benefits adviser").click()
    expect(phone.get_by_role("heading", name="A letter about your payments")).to_be_visible()
    assert_no_axe_violations(phone)
    phone.get_by_label("Your full name, as your benefits adviser knows it").fill("Jay Smith")
    with phone.expect_download() as download:
        phone.get_by_role("button", name="Download the letter (PDF)").click()
    pages = PdfReader(download.value.path()).pages
    letter = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Payments to Jay Smith" in letter and "£30.00" in letter and "not income" in letter
