"""A person's total for the UK tax year (6 April to 5 April), the notice near the lead's
amount, and the letter for a benefits adviser."""

from datetime import date

import pytest

from sessions.payments.selectors.payments import payment_terms, tax_year_of, year_total
from sessions.payments.services.approvals import claim_approve, claim_pay
from sessions.payments.services.rates import payment_terms_save
from tests.sessions.payments import add_rate, came_to, claim_url, make_claim


@pytest.mark.parametrize(
    "day, year",
    [
        (date(2026, 4, 5), (date(2025, 4, 6), date(2026, 4, 5))),
        (date(2026, 4, 6), (date(2026, 4, 6), date(2027, 4, 5))),
        (date(2027, 1, 1), (date(2026, 4, 6), date(2027, 4, 5))),
        (date(2027, 4, 5), (date(2026, 4, 6), date(2027, 4, 5))),
    ],
)
def test_the_tax_year_runs_from_6_april_to_5_april(day, year):
    assert tax_year_of(day) == year


def _paid(cast, person, paid_on, minutes=120):
    claim = make_claim(person, came_to(person, days=-2 - person.claims.count()), minutes=minutes)
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    return claim_pay(claim=claim, by=cast.lead, paid_on=paid_on, route="bank")


def test_payments_count_in_the_tax_year_they_were_paid(cast):
    add_rate(cast.project, pence=1000)
    young = cast.participants["young_person"]
    _paid(cast, young, date(2026, 4, 5))
    _paid(cast, young, date(2026, 4, 6))
    terms = payment_terms(cast.project)
    assert year_total(young, terms, date(2026, 4, 5)).time_pence == 2000
    assert year_total(young, terms, date(2026, 4, 6)).time_pence == 2000
    assert year_total(young, terms, date(2027, 4, 6)).time_pence == 0


def test_expenses_are_not_counted_as_income(cast):
    add_rate(cast.project, pence=1000)
    young = cast.participants["young_person"]
    claim = make_claim(young, minutes=60, route="none")
    claim.expenses_pence = 500
    claim.save()
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    claim_pay(claim=claim, by=cast.lead, paid_on=date(2026, 5, 1), route="cash")
    total = year_total(young, payment_terms(cast.project), date(2026, 5, 1))
    assert (total.time_pence, total.expenses_pence) == (0, 500)


def test_a_gentle_notice_near_the_amount_the_lead_set(cast, client_as):
    add_rate(cast.project, pence=1500)
    payment_terms_save(
        project=cast.project,
        by=cast.lead,
        paid_within_days=14,
        preparation_minutes=0,
        notice_pence=10000,
    )
    young = cast.participants["young_person"]
    from django.utils import timezone

    today = timezone.localdate()
    _paid(cast, young, today)
    page = client_as("young_person").get(claim_url(cast.project)).content.decode()
    assert "getting close to" not in page
    _paid(cast, young, today)
    page = client_as("young_person").get(claim_url(cast.project)).content.decode()
    assert "getting close to" not in page
    _paid(cast, young, today)
    page = client_as("young_person").get(claim_url(cast.project)).content.decode()
    assert "getting close to £100.00" in page and "benefits adviser" in page
    _paid(cast, young, today)
    page = client_as("young_person").get(claim_url(cast.project)).content.decode()
    assert "over £100.00" in page


def _letter_text(response):
    import io

    from pypdf import PdfReader

    assert response["Content-Type"] == "application/pdf"
    pages = PdfReader(io.BytesIO(response.content)).pages
    return "\n".join(page.extract_text() for page in pages), pages


def test_the_letter_asks_for_the_full_name_then_is_an_a4_pdf(cast, client_as):
    from tests.factories import PartnerFactory

    PartnerFactory(
        project=cast.project,
        roles=["lead"],
        contact_name="Morag",
        contact_phone="0141 000 0000",
        postal_address="1 Demo Street\nGlasgow\nG1 1AA",
    )
    add_rate(cast.project, pence=1500)
    young = cast.participants["young_person"]
    from django.utils import timezone

    today = timezone.localdate()
    _paid(cast, young, today)
    _paid(cast, young, today.replace(year=today.year - 1))
    client = client_as("young_person")
    page = client.get(claim_url(cast.project, "letter/"))
    assert page["Content-Type"].startswith("text/html")
    assert "Your full name, as your benefits adviser knows it" in page.content.decode()
    response = client.get(claim_url(cast.project, "letter/"), {"full_name": " Jay  Smith "})
    text, pages = _letter_text(response)
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    for expected in (
        "Payments to Jay Smith",
        "1 Demo Street",
        "Contact: Morag",
        "Paid for time in",
        "Expenses paid back",
        "they are not income",
        "Vouchers and prepaid cards count as income",
        "Signed:",
    ):
        assert expected in " ".join(text.split()), expected
    # One section a tax year, this one and last.
    assert text.count("Tax year ") == 2


def test_the_name_is_needed_and_never_kept(cast, client_as):
    response = client_as("young_person").get(claim_url(cast.project, "letter/"), {"full_name": " "})
    assert response.status_code == 200
    assert "Type your full name to put on the letter." in response.content.decode()


def test_the_letter_is_only_for_members(cast, client, client_as):
    url = claim_url(cast.project, "letter/")
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("young_person").post(url).status_code == 405


def test_the_week_and_the_month_count_from_monday_and_the_first_whatever_the_tax_year(cast):
    add_rate(cast.project, pence=1000)
    young = cast.participants["young_person"]
    terms = payment_terms(cast.project)
    _paid(cast, young, date(2026, 4, 2))  # last tax year, this month
    _paid(cast, young, date(2026, 4, 6))  # Monday: this week and this month
    _paid(cast, young, date(2026, 3, 31))  # last month, last tax year
    total = year_total(young, terms, date(2026, 4, 8))
    assert (total.week_pence, total.month_pence, total.time_pence) == (2000, 4000, 2000)


def test_a_person_sees_their_pay_beside_each_benefit_limit(cast, client_as, settings):
    from django.utils import timezone

    settings.BENEFIT_LIMITS = [
        ("A weekly limit", 2500, "week"),
        ("A monthly limit", 100000, "month"),
    ]
    add_rate(cast.project, pence=1500)
    _paid(cast, cast.participants["young_person"], timezone.localdate())
    page = client_as("young_person").get(claim_url(cast.project)).content.decode()
    assert "Paid for your time this week (from Monday): <strong>£30.00</strong>" in page
    assert "A weekly limit: £25.00 a week. You were paid £30.00 this week: <strong>over" in page
    assert "A monthly limit: £1,000.00 a month. You were paid £30.00 this month." in page
    assert "vouchers and prepaid cards count like money" in page
