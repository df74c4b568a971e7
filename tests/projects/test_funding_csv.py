"""The finance export: one row per contribution and per spend, amounts in pounds, safe cells."""

import csv
import datetime
import io

import pytest

from projects.files.exports import csv_safe
from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory
from tests.helpers import assert_query_budget


def url(project):
    return f"/projects/{project.slug}/partners/funding.csv"


def read(response):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.fixture
def funded(cast):
    iriss = PartnerFactory(project=cast.project, organisation__name="IRISS")
    council = PartnerFactory(project=cast.project, organisation__name="Argyll and Bute Council")
    ContributionFactory(
        partner=iriss,
        amount_pence=500_000,
        covers=["facilitators", "materials"],
        description="Grant",
    )
    ContributionFactory(
        partner=council, kind="in_kind", amount_pence=None, covers=["venues"], description="Rooms"
    )
    SpendFactory(
        project=cast.project,
        partner=iriss,
        category="travel",
        amount_pence=31_240,
        spent_on=datetime.date(2026, 3, 4),
        note="Ferry",
    )
    return iriss


def test_the_lead_downloads_one_row_per_contribution_and_spend(cast, client_as, funded):
    response = client_as("lead").get(url(cast.project))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="care-leavers-funding.csv"'
    rows = read(response)
    assert rows[0] == [
        "Record",
        "Date",
        "Partner",
        "Kind",
        "What it pays for",
        "Amount (£)",
        "Amount is an estimate",
        "Description or note",
    ]
    grant, rooms, ferry = rows[1:]
    assert grant[0] == "Funding" and grant[2:] == [
        "IRISS",
        "Money",
        "Design facilitators; Materials",
        "5000.00",
        "No",
        "Grant",
    ]
    assert rooms[2:] == [
        "Argyll and Bute Council",
        "In kind (given, not paid for)",
        "Venues",
        "",
        "",
        "Rooms",
    ]
    assert ferry == ["Spending", "2026-03-04", "IRISS", "Spending", "Travel", "312.40", "No"] + [
        "Ferry"
    ]


def test_in_kind_estimates_are_marked_as_estimates(cast, client_as):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, kind="in_kind", amount_pence=120_000, covers=["venues"])
    rows = read(client_as("lead").get(url(cast.project)))
    assert rows[1][5:7] == ["1200.00", "Yes"]


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_cells_that_look_like_formulas_are_made_plain_text(start):
    assert csv_safe(f'{start}HYPERLINK("http://x")') == f'\'{start}HYPERLINK("http://x")'


def test_ordinary_cells_are_left_alone():
    assert csv_safe("Rooms for sessions") == "Rooms for sessions"
    assert csv_safe("5000.00") == "5000.00"
    assert csv_safe(None) == ""


def test_typed_text_cannot_become_a_formula_in_the_file(cast, client_as):
    partner = PartnerFactory(project=cast.project, organisation__name="=cmd|' /C calc'!A0")
    ContributionFactory(partner=partner, description="+SUM(A1:A9)")
    SpendFactory(project=cast.project, note="@evil", partner=partner)
    rows = read(client_as("lead").get(url(cast.project)))
    assert rows[1][2] == "'=cmd|' /C calc'!A0"
    assert rows[1][7] == "'+SUM(A1:A9)"
    assert rows[2][7] == "'@evil"


def test_other_projects_are_left_out(cast, client_as, funded):
    ContributionFactory(description="Somebody else's grant")
    rows = read(client_as("lead").get(url(cast.project)))
    assert len(rows) == 4
    assert "Somebody else's grant" not in str(rows)


def test_query_budget_holds_at_3_and_50_rows(cast, client_as):
    client = client_as("lead")

    def grow(n):
        while cast.project.funding.count() < n:
            partner = PartnerFactory(project=cast.project)
            ContributionFactory(partner=partner)
            SpendFactory(project=cast.project, partner=partner)

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=7)


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_downloads_it(cast, client_as, funded, who):
    assert client_as(who).get(url(cast.project)).status_code == 403
