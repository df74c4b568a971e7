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


def test_the_letter_lists_payments_and_says_expenses_are_not_income(cast, client_as):
    add_rate(cast.project, pence=1500)
    young = cast.participants["young_person"]
    from django.utils import timezone

    _paid(cast, young, timezone.localdate())
    response = client_as("young_person").get(claim_url(cast.project, "letter/"))
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "£30.00 for their time" in text and "They\nare not income" in text
    assert young.display_name in text


def test_the_letter_is_only_for_members(cast, client, client_as):
    url = claim_url(cast.project, "letter/")
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("young_person").post(url).status_code == 405
