"""funding_summary: money committed, spent and left, by what it pays for and by partner."""

import pytest

from projects.selectors.funding import bar_percent, describe_categories, funding_summary
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory


@pytest.fixture
def reference(cast):
    """The reference story: IRISS gives £5,000, STAF meets costs, the council lends rooms."""
    project = cast.project
    iriss = PartnerFactory(project=project, organisation__name="IRISS")
    staf = PartnerFactory(project=project, organisation__name="STAF")
    council = PartnerFactory(project=project, organisation__name="Argyll and Bute Council")
    snook = PartnerFactory(project=project, organisation__name="Snook", roles=["facilitator"])
    ContributionFactory(
        partner=iriss,
        kind="cash",
        amount_pence=500_000,
        covers=["facilitators", "materials", "travel", "expenses"],
    )
    ContributionFactory(partner=staf, kind="costs_met", amount_pence=None, covers=["participants"])
    ContributionFactory(partner=council, kind="in_kind", amount_pence=120_000, covers=["venues"])
    SpendFactory(project=project, partner=iriss, category="facilitators", amount_pence=180_000)
    SpendFactory(project=project, partner=iriss, category="materials", amount_pence=24_050)
    SpendFactory(project=project, partner=staf, category="participants", amount_pence=14_500)
    return {"iriss": iriss, "staf": staf, "council": council, "snook": snook}


def test_totals_count_money_and_leave_out_in_kind_estimates(reference, cast):
    summary = funding_summary(cast.project)
    assert summary.committed == 500_000
    assert summary.spent == 180_000 + 24_050 + 14_500
    # STAF meets its costs with no set amount, so its spending comes off nothing.
    assert summary.left == 500_000 - 180_000 - 24_050
    assert summary.in_kind_estimate == 120_000
    assert not summary.overspent


def test_things_one_grant_pays_for_together_form_one_line(reference, cast):
    lines = {line.label: line for line in funding_summary(cast.project).lines}
    grant = lines["Design facilitators, materials, travel and other expenses"]
    assert (grant.committed, grant.spent, grant.left) == (500_000, 204_050, 295_950)
    assert grant.percent_text == 41
    assert grant.percent_spent == 40
    assert grant.spent_by_category == {"facilitators": 180_000, "materials": 24_050}

    participants = lines["Participants' payments and costs"]
    assert participants.open_ended and participants.left is None
    assert participants.spent == 14_500

    venues = lines["Venues"]
    assert (venues.committed, venues.in_kind_estimate, venues.in_kind_count) == (0, 120_000, 1)
    assert not venues.has_money


def test_money_by_partner(reference, cast):
    by_name = {m.partner.organisation.name: m for m in funding_summary(cast.project).partners}
    iriss = by_name["IRISS"]
    assert (iriss.cash, iriss.committed, iriss.spent, iriss.left) == (
        500_000,
        500_000,
        204_050,
        295_950,
    )
    assert by_name["STAF"].costs_met_open and by_name["STAF"].left is None
    assert by_name["Argyll and Bute Council"].in_kind_estimate == 120_000
    assert by_name["Argyll and Bute Council"].committed == 0
    snook = by_name["Snook"]
    assert snook.can_be_removed and not snook.has_money
    assert not iriss.can_be_removed


def test_spending_by_category_follows_the_usual_order(reference, cast):
    assert funding_summary(cast.project).spending_by_category == [
        ("Design facilitators", 180_000),
        ("Materials", 24_050),
        ("Participants' payments and costs", 14_500),
    ]


def test_costs_met_with_a_set_amount_count_as_committed(cast):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, kind="costs_met", amount_pence=30_000, covers=["travel"])
    SpendFactory(project=cast.project, partner=partner, category="travel", amount_pence=10_000)
    summary = funding_summary(cast.project)
    assert (summary.committed, summary.spent, summary.left) == (30_000, 10_000, 20_000)
    assert summary.partners[0].costs_met == 30_000


def test_spending_beyond_what_was_committed_shows_as_over(cast):
    partner = PartnerFactory(project=cast.project)
    ContributionFactory(partner=partner, amount_pence=10_000, covers=["materials"])
    SpendFactory(project=cast.project, category="materials", amount_pence=12_500)
    SpendFactory(project=cast.project, category="venues", amount_pence=5_000)
    summary = funding_summary(cast.project)
    assert summary.left == -7_500
    assert summary.overspent
    venues = next(line for line in summary.lines if line.label == "Venues")
    assert venues.overspent and venues.percent_spent == 100 and venues.percent_text is None
    assert summary.unlinked_spent == 17_500
    assert summary.partners[0].spent == 0


def test_grants_that_share_a_category_join_into_one_line(cast):
    a = PartnerFactory(project=cast.project)
    b = PartnerFactory(project=cast.project)
    ContributionFactory(partner=a, amount_pence=10_000, covers=["travel", "materials"])
    ContributionFactory(partner=b, amount_pence=5_000, covers=["travel", "venues"])
    ContributionFactory(partner=b, amount_pence=2_000, covers=["facilitators"])
    lines = funding_summary(cast.project).lines
    assert [line.label for line in lines] == [
        "Design facilitators",
        "Materials, travel and venues",
    ]
    assert [line.committed for line in lines] == [2_000, 15_000]


def test_a_contribution_that_does_not_say_what_it_pays_for_still_counts(cast):
    ContributionFactory(partner=PartnerFactory(project=cast.project), covers=[])
    summary = funding_summary(cast.project)
    assert summary.committed == 100_000
    assert summary.lines[0].label == "Not said what it pays for"


def test_an_empty_project_has_nothing_to_show(cast):
    summary = funding_summary(cast.project)
    assert (summary.committed, summary.spent, summary.left) == (0, 0, 0)
    assert not summary.has_records and summary.lines == [] and summary.partners == []


def test_it_takes_three_queries_however_much_there_is(reference, cast, django_assert_num_queries):
    for _ in range(20):
        partner = PartnerFactory(project=cast.project)
        ContributionFactory(partner=partner)
        SpendFactory(project=cast.project, partner=partner)
    with django_assert_num_queries(3):
        summary = funding_summary(cast.project)
        for money in summary.partners:
            for contribution in money.contributions:
                assert contribution.partner.organisation.name


def test_other_projects_money_stays_out(reference, cast):
    ContributionFactory(amount_pence=999_999)
    SpendFactory(amount_pence=888_888)
    assert funding_summary(cast.project).committed == 500_000


@pytest.mark.parametrize(
    ("part", "whole", "percent"),
    [(0, 100, 0), (1, 1000, 2), (41, 100, 42), (50, 100, 50), (99, 100, 100), (150, 100, 100)],
)
def test_bars_round_to_even_steps_and_never_hide_a_small_amount(part, whole, percent):
    assert bar_percent(part, whole) == percent


def test_categories_are_described_in_plain_words():
    assert describe_categories(["travel"]) == "Travel"
    assert describe_categories(["travel", "venues"]) == "Travel and venues"
