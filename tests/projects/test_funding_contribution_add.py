"""Recording what a partner gives: money, costs it meets itself, or help in kind."""

from html import unescape

import pytest

from projects.models import FundingContribution
from tests.conftest import MEMBER_ROLES
from tests.factories import PartnerFactory


def url(project):
    return f"/projects/{project.slug}/partners/funding/add/"


@pytest.fixture
def iriss(cast):
    return PartnerFactory(project=cast.project, organisation__name="IRISS")


def grant(giver, **changes):
    return {
        "partner": giver.pk,
        "kind": "cash",
        "amount_pence": "£5,000",
        "covers": ["travel", "facilitators", "materials", "expenses"],
        "description": "Grant for design facilitators, materials, travel and expenses",
        **changes,
    }


def test_the_lead_records_money_from_a_partner(cast, client_as, iriss):
    response = client_as("lead").post(url(cast.project), grant(iriss))
    assert response.status_code == 302
    contribution = FundingContribution.objects.get()
    assert response["Location"] == f"/projects/care-leavers/partners/#funding-{contribution.pk}"
    assert contribution.project == cast.project
    assert contribution.partner == iriss
    assert contribution.amount_pence == 500_000
    assert contribution.covers == ["facilitators", "materials", "travel", "expenses"]
    assert contribution.created_by == cast.lead


def test_costs_met_may_have_no_amount(cast, client_as, iriss):
    data = grant(iriss, kind="costs_met", amount_pence="", covers=["participants"])
    assert client_as("lead").post(url(cast.project), data).status_code == 302
    contribution = FundingContribution.objects.get()
    assert (contribution.kind, contribution.amount_pence) == ("costs_met", None)


def test_help_in_kind_may_carry_an_estimate(cast, client_as, iriss):
    data = grant(iriss, kind="in_kind", amount_pence="1200", covers=["venues"])
    assert client_as("lead").post(url(cast.project), data).status_code == 302
    assert FundingContribution.objects.get().amount_pence == 120_000


def test_a_partner_can_be_chosen_in_advance(cast, client_as, iriss):
    body = client_as("lead").get(url(cast.project), {"partner": iriss.pk}).content.decode()
    assert f'<option value="{iriss.pk}" selected>IRISS</option>' in body


def test_with_no_partners_yet_it_says_to_add_one_first(cast, client_as):
    body = client_as("lead").get(url(cast.project)).content.decode()
    assert "this project has no partners yet" in body
    assert "/partners/add/" in body


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount_pence": ""}, "Enter how much money the partner gives, for example 5000."),
        ({"amount_pence": "-5000"}, "Amounts can't be negative."),
        ({"amount_pence": "0"}, "Enter an amount more than £0, or leave it empty."),
        ({"amount_pence": "50000000"}, "That is more than £10,000,000.00."),
        ({"amount_pence": "5000.123"}, "no more than 2 numbers after the decimal point"),
        ({"amount_pence": "lots"}, "Enter the amount in numbers"),
        ({"covers": []}, "Choose at least one thing it pays for."),
        ({"kind": ""}, "Choose what kind of help it is."),
        ({"description": " "}, "Describe it in a few words."),
        ({"partner": ""}, "Choose the partner that gives it."),
    ],
)
def test_bad_input_is_explained_and_nothing_saved(cast, client_as, iriss, changes, message):
    response = client_as("lead").post(url(cast.project), grant(iriss, **changes))
    assert response.status_code == 200
    body = unescape(response.content.decode())
    assert message in body
    assert "There is a problem" in body
    assert not FundingContribution.objects.exists()


def test_what_was_typed_is_kept_when_the_form_comes_back(cast, client_as, iriss):
    response = client_as("lead").post(
        url(cast.project), grant(iriss, amount_pence="£5,000.555", description="Keep me")
    )
    body = response.content.decode()
    assert 'value="£5,000.555"' in body and 'value="Keep me"' in body


def test_a_partner_of_another_project_cannot_be_used(cast, client_as, iriss):
    elsewhere = PartnerFactory()
    response = client_as("lead").post(url(cast.project), grant(elsewhere))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not FundingContribution.objects.exists()


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_records_funding(cast, client_as, iriss, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), grant(iriss)).status_code == 403
    assert not FundingContribution.objects.exists()


def test_outsiders_get_404(cast, client_as, iriss):
    assert client_as("outsider").post(url(cast.project), grant(iriss)).status_code == 404
    assert not FundingContribution.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client, iriss):
    response = client.post(url(cast.project), grant(iriss))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert not FundingContribution.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_partner_removed_while_the_form_was_sent_is_explained(
    cast, client_as, iriss, monkeypatch
):
    from projects.forms.funding import ContributionForm
    from projects.models import Partner

    PartnerFactory(project=cast.project, organisation__name="STAF")
    check = ContributionForm._post_clean

    def check_then_partner_goes(form):
        check(form)
        # Everything checked out; then another lead removes the partner before the save.
        Partner.objects.filter(pk=iriss.pk).delete()

    monkeypatch.setattr(ContributionForm, "_post_clean", check_then_partner_goes)
    response = client_as("lead").post(url(cast.project), grant(iriss))
    assert response.status_code == 200
    assert "That partner was removed from the project a moment ago." in response.content.decode()
    assert not FundingContribution.objects.exists()
