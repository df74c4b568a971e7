"""Changing a record of funding."""

import pytest

from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory


@pytest.fixture
def contribution(cast):
    return ContributionFactory(
        partner=PartnerFactory(project=cast.project, organisation__name="IRISS"),
        amount_pence=500_000,
        covers=["materials"],
        description="Grant",
    )


def url(contribution):
    return f"/projects/{contribution.project.slug}/partners/funding/{contribution.pk}/edit/"


def data(contribution, **changes):
    return {
        "partner": contribution.partner_id,
        "kind": "cash",
        "amount_pence": "5,500.50",
        "covers": ["materials", "travel"],
        "description": "Grant, topped up",
        **changes,
    }


def test_the_form_shows_the_amount_in_pounds(cast, client_as, contribution):
    body = client_as("lead").get(url(contribution)).content.decode()
    assert 'value="5000.00"' in body
    assert "Change funding from IRISS" in body


def test_the_lead_changes_it(cast, client_as, contribution):
    response = client_as("lead").post(url(contribution), data(contribution))
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.amount_pence == 550_050
    assert contribution.covers == ["materials", "travel"]
    assert contribution.description == "Grant, topped up"
    assert contribution.created_by is None  # who first recorded it stays as it was


def test_money_needs_an_amount_when_changed_too(cast, client_as, contribution):
    response = client_as("lead").post(url(contribution), data(contribution, amount_pence=""))
    assert "Enter how much money the partner gives" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.amount_pence == 500_000


def test_it_can_move_to_another_partner_in_the_project(cast, client_as, contribution):
    staf = PartnerFactory(project=cast.project, organisation__name="STAF")
    client_as("lead").post(url(contribution), data(contribution, partner=staf.pk))
    contribution.refresh_from_db()
    assert contribution.partner == staf


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_changes_funding(cast, client_as, contribution, who):
    client = client_as(who)
    assert client.get(url(contribution)).status_code == 403
    assert client.post(url(contribution), data(contribution)).status_code == 403
    contribution.refresh_from_db()
    assert contribution.amount_pence == 500_000


def test_funding_of_another_project_is_404(cast, client_as):
    elsewhere = ContributionFactory()
    response = client_as("lead").get(
        f"/projects/{cast.project.slug}/partners/funding/{elsewhere.pk}/edit/"
    )
    assert response.status_code == 404


def test_visitors_are_sent_to_sign_in(cast, client, contribution):
    assert client.post(url(contribution), data(contribution)).status_code == 302
    contribution.refresh_from_db()
    assert contribution.amount_pence == 500_000
