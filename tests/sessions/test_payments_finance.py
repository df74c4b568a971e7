"""The finance export: approved and paid claims in a date range, safe to open in a spreadsheet."""

import csv
import io
from datetime import timedelta

from django.utils import timezone

from sessions.payments.services.approvals import claim_approve, claim_pay
from tests.factories import ParticipantFactory
from tests.sessions.payments import add_rate, came_to, claim_url, make_claim


def rows(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_csv_has_approved_and_paid_claims_in_the_range(cast, client_as):
    add_rate(cast.project, pence=1500)
    young, staff = cast.participants["young_person"], cast.participants["staff"]
    paid = make_claim(young)
    claim_approve(claim=paid, by=cast.lead, under_18_checked=True)
    claim_pay(claim=paid, by=cast.lead, paid_on=timezone.localdate(), route="voucher")
    make_claim(staff)  # still waiting: not in the export
    old = make_claim(young, came_to(young, days=-400))
    claim_approve(claim=old, by=cast.lead, under_18_checked=True)  # outside the range
    today = timezone.localdate()
    response = client_as("lead").get(
        claim_url(cast.project, "finance/"),
        {
            "start": (today - timedelta(days=30)).isoformat(),
            "end": today.isoformat(),
            "download": "1",
        },
    )
    assert response["Content-Type"].startswith("text/csv")
    table = rows(response)
    assert table[0][0] == "Claim" and len(table) == 2
    # The person's reference tells two people with one name apart.
    assert table[0][3:5] == ["Person", "Person reference"]
    assert table[1][4] == f"ref {young.pk}"
    assert table[1][6:] == [
        "Paid",
        table[1][7],
        today.isoformat(),
        "Voucher",
        "120",
        "15.00",
        "Per hour",
        "30.00",
        "0.00",
        "30.00",
    ]


def test_cells_that_look_like_formulas_are_made_plain(cast, client_as):
    add_rate(cast.project)
    person = ParticipantFactory(
        project=cast.project, role="young_person", display_name="=HYPERLINK(1)"
    )
    claim = make_claim(person, by=cast.lead)
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    today = timezone.localdate()
    response = client_as("lead").get(
        claim_url(cast.project, "finance/"),
        {
            "start": (today - timedelta(days=30)).isoformat(),
            "end": today.isoformat(),
            "download": "1",
        },
    )
    assert rows(response)[1][3] == "'=HYPERLINK(1)"


def test_the_page_shows_totals_from_the_database(cast, client_as, django_assert_max_num_queries):
    add_rate(cast.project, pence=1500)
    claim = make_claim(cast.participants["young_person"])
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    today = timezone.localdate()
    client = client_as("lead")
    with django_assert_max_num_queries(8):
        response = client.get(
            claim_url(cast.project, "finance/"),
            {"start": (today - timedelta(days=30)).isoformat(), "end": today.isoformat()},
        )
    assert response.context["totals"] == {"count": 1, "paid": 0, "to_pay": 3000}


def test_a_range_that_ends_before_it_starts_is_refused(cast, client_as):
    response = client_as("lead").get(
        claim_url(cast.project, "finance/"),
        {"start": "2026-05-01", "end": "2026-04-01", "download": "1"},
    )
    assert response.status_code == 200
    assert "The last day must be on or after the first day." in response.content.decode()


def test_the_export_is_for_leads(cast, client, client_as):
    url = claim_url(cast.project, "finance/")
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("manager").get(url).status_code == 403
    assert client_as("lead").post(url).status_code == 405


def test_the_download_opens_right_in_a_spreadsheet_and_is_never_kept(cast, client_as):
    response = client_as("lead").get(
        claim_url(cast.project, "finance/"),
        {"start": "2026-04-06", "end": "2027-04-05", "download": "1"},
    )
    assert response.content.startswith("\ufeff".encode())
    assert response["Cache-Control"] == "no-store"
