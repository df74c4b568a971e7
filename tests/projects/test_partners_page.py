"""The partners page: who works together, where the money comes from and where it goes."""

import re

import pytest

from projects.seed.scale import top_up_spending
from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory
from tests.helpers import assert_paged_at_scale, assert_query_budget


def url(project):
    return f"/projects/{project.slug}/partners/"


@pytest.fixture
def funded(cast):
    iriss = PartnerFactory(
        project=cast.project,
        organisation__name="IRISS",
        roles=["lead", "funder"],
        contact_name="Morag",
        contact_email="morag@iriss.example.org",
        contact_phone="0131 555 0100",
    )
    council = PartnerFactory(
        project=cast.project,
        organisation__name="Argyll and Bute Council",
        roles=["venue"],
        contact_email="",
    )
    ContributionFactory(
        partner=iriss,
        amount_pence=500_000,
        covers=["facilitators", "materials", "travel", "expenses"],
        description="Grant for facilitators, materials, travel and expenses",
    )
    ContributionFactory(
        partner=council,
        kind="in_kind",
        amount_pence=120_000,
        covers=["venues"],
        description="Rooms for sessions",
    )
    SpendFactory(
        project=cast.project,
        partner=iriss,
        category="materials",
        amount_pence=24_050,
        note="Card and pens",
    )
    return iriss, council


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_partners_money_and_contact_names(cast, client_as, funded, who):
    response = client_as(who).get(url(cast.project))
    assert response.status_code == 200
    body = response.content.decode()
    for text in [
        "IRISS",
        "Leads the project",
        "Funder",
        "Provides venues",
        "Morag",
        "£5,000.00",
        "£240.50",
        "£4,759.50",
        "Card and pens",
        "Money by what it pays for",
        "Money by partner",
    ]:
        assert text in body, text


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_only_leads_local_leads_and_facilitators_see_contact_emails(cast, client_as, funded, who):
    body = client_as(who).get(url(cast.project)).content.decode()
    sees = who in {"lead", "local_lead", "facilitator"}
    assert ("morag@iriss.example.org" in body) == sees
    assert ('href="mailto:morag@iriss.example.org"' in body) == sees
    assert ("0131 555 0100" in body) == sees
    assert ('href="tel:01315550100"' in body) == sees


def test_in_kind_help_is_an_estimate_and_not_in_the_totals(cast, client_as, funded):
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "£1,200.00" in body
    assert "estimated value" in body
    assert "not money to spend" in body
    committed = re.search(r"<dt>Committed</dt><dd>(.*?)</dd>", body).group(1)
    assert committed == "£5,000.00"


def test_the_chart_has_text_beside_each_bar_and_a_table_with_the_same_numbers(
    cast, client_as, funded
):
    body = client_as("staff").get(url(cast.project)).content.decode()
    assert "£240.50 spent of £5,000.00 (5%)" in body
    assert '<div class="bar" aria-hidden="true"><div class="bar-fill bar-w-4"></div></div>' in body
    assert "<caption" in body and '<th scope="col" class="text-end">Left</th>' in body
    assert '<th scope="row">Design facilitators, materials, travel and other expenses</th>' in body
    assert "<canvas" not in body


def test_only_the_lead_sees_the_controls(cast, client_as, funded):
    iriss, _ = funded
    controls = [
        "/partners/add/",
        f"/partners/{iriss.pk}/edit/",
        f"/partners/{iriss.pk}/remove/",
        "/partners/funding/add/",
        "/partners/spending/add/",
        "/partners/funding.csv",
    ]
    lead_body = client_as("lead").get(url(cast.project)).content.decode()
    assert all(control in lead_body for control in controls)
    for who in MEMBER_ROLES[1:]:
        client_as(who)
        body = client_as(who).get(url(cast.project)).content.decode()
        assert not any(control in body for control in controls), who


def test_overspending_is_said_in_words_not_only_colour(cast, client_as):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, amount_pence=10_000, covers=["materials"])
    SpendFactory(project=cast.project, partner=partner, category="materials", amount_pence=12_500)
    body = client_as("manager").get(url(cast.project)).content.decode()
    assert "£25.00 over" in body
    assert "bar-over" in body


def test_costs_met_with_no_set_amount_are_explained(cast, client_as):
    staf = PartnerFactory(project=cast.project, organisation__name="STAF")
    ContributionFactory(
        partner=staf,
        kind="costs_met",
        amount_pence=None,
        covers=["participants"],
        description="Young people's travel and childcare",
    )
    body = client_as("young_person").get(url(cast.project)).content.decode()
    assert "<strong>Costs met directly</strong>: no set amount" in body
    assert '<td data-label="Committed" class="text-end">Costs met directly</td>' in body
    assert "Costs met directly, with no set amount." in body


def test_a_new_project_says_nothing_is_recorded_yet(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "No funding or spending has been recorded yet." in body
    assert "No partners yet." in body
    assert "No spending recorded yet." in body


def test_outsiders_get_404_and_see_nothing(cast, client_as, funded):
    response = client_as("outsider").get(url(cast.project))
    assert response.status_code == 404
    body = response.content.decode()
    assert "morag@iriss.example.org" not in body and "IRISS" not in body


def test_someone_who_left_the_project_no_longer_sees_contacts(cast, client_as, funded):
    participant = cast.participants["young_person"]
    participant.status = "left"
    participant.save()
    response = client_as("young_person").get(url(cast.project))
    assert response.status_code == 404
    assert "morag@iriss.example.org" not in response.content.decode()


def test_query_budget_holds_at_3_and_50_partners(cast, client_as):
    client = client_as("young_person")

    def grow(n):
        while cast.project.partners.count() < n:
            partner = PartnerFactory(project=cast.project)
            ContributionFactory(partner=partner)
            ContributionFactory(partner=partner, kind="in_kind", covers=["venues"])
            SpendFactory(project=cast.project, partner=partner)

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=11)


def test_query_budget_holds_for_the_lead_too(cast, client_as):
    client = client_as("lead")

    def grow(n):
        while cast.project.funding.count() < n:
            partner = PartnerFactory(project=cast.project)
            ContributionFactory(partner=partner)
            SpendFactory(project=cast.project, partner=partner)

    assert_query_budget(fetch=lambda: client.get(url(cast.project)), grow=grow, budget=11)


def test_a_page_of_2000_spending_records_holds_50_and_costs_the_same_queries(cast, client_as):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, amount_pence=10_000_000)
    client = client_as("lead")
    response = assert_paged_at_scale(
        fetch=lambda: client.get(url(cast.project)),
        grow=lambda n: top_up_spending(cast.project, n, partners=[partner]),
        row_marker='<tr id="spend-',
        per_page=25,
    )
    body = response.content.decode()
    assert "Spending, newest first: 2000 records" in body
    assert body.count('<tr id="spend-') == 25 and "Page 1 of 80" in body
    assert 'href="?spending=2#spending"' in body
    # Totals are over every record, not the page shown.
    total = sum(cast.project.spending.values_list("amount_pence", flat=True))
    assert f"£{total / 100:,.2f}" in body
