"""The demo builds the reference partnership and its money, and running it again changes nothing."""

import pytest
from django.core.management import call_command

from projects.models import FundingContribution, Organisation, Partner, Project, Spend
from projects.selectors.funding import funding_summary


@pytest.fixture
def demo(settings, db):
    settings.DEBUG = True
    call_command("seed_demo")
    return Project.objects.get(slug="redesigning-support-for-care-leavers")


def counts():
    return tuple(
        model.objects.count() for model in (Organisation, Partner, FundingContribution, Spend)
    )


def test_it_builds_the_reference_partnership(demo):
    partners = {p.organisation.name: p for p in demo.partners.select_related("organisation")}
    assert set(partners) == {"IRISS", "STAF", "Argyll and Bute Council", "Snook"}
    assert partners["IRISS"].roles == ["lead", "funder"]
    assert partners["Snook"].roles == ["facilitator"]
    assert "venue" in partners["Argyll and Bute Council"].roles

    grant = partners["IRISS"].contributions.get()
    assert (grant.kind, grant.amount_pence) == ("cash", 500_000)
    assert grant.covers == ["facilitators", "materials", "travel", "expenses"]
    staf = partners["STAF"].contributions.get()
    assert (staf.kind, staf.amount_pence, staf.covers) == ("costs_met", None, ["participants"])
    rooms = partners["Argyll and Bute Council"].contributions.get()
    assert (rooms.kind, rooms.covers) == ("in_kind", ["venues"])


def test_the_demo_money_adds_up(demo):
    summary = funding_summary(demo)
    assert summary.committed == 500_000
    assert 0 < summary.spent < 500_000
    # Paid involvement is met by STAF (costs met directly), so only the rest comes off the grant.
    met_by_staf = Spend.objects.get(partner__organisation__name="STAF", category="participants")
    assert summary.left == 500_000 - (summary.spent - met_by_staf.amount_pence)


def test_running_it_again_changes_nothing(demo, capsys):
    before = counts()
    call_command("seed_demo")
    assert counts() == before
    # Four partners in the reference project and two in the next one; six spends, one a paid claim.
    assert before == (4, 6, 3, 6)


def test_the_lead_sees_the_demo_partners_page(demo, client):
    assert client.login(email="lead@demo.codesign.test", password="codesign-demo")
    body = client.get(f"/projects/{demo.slug}/partners/").content.decode()
    assert "£5,000.00" in body and "Snook" in body
