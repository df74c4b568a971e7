"""Deleting a record of funding, after a question."""

import pytest

from projects.models import FundingContribution
from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory


@pytest.fixture
def contribution(cast):
    return ContributionFactory(
        partner=PartnerFactory(project=cast.project, organisation__name="IRISS"),
        amount_pence=500_000,
    )


def url(contribution):
    return f"/projects/{contribution.project.slug}/partners/funding/{contribution.pk}/delete/"


def test_the_lead_is_asked_first_then_deletes_it(cast, client_as, contribution):
    client = client_as("lead")
    page = client.get(url(contribution)).content.decode()
    assert "Delete this funding?" in page and "£5,000.00" in page
    assert FundingContribution.objects.exists()
    response = client.post(url(contribution), follow=True)
    assert response.redirect_chain[-1][0] == (
        f"/projects/care-leavers/partners/#partner-{contribution.partner_id}"
    )
    assert "Deleted the funding from IRISS." in response.content.decode()
    assert not FundingContribution.objects.exists()


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_deletes_funding(cast, client_as, contribution, who):
    client = client_as(who)
    assert client.get(url(contribution)).status_code == 403
    assert client.post(url(contribution)).status_code == 403
    assert FundingContribution.objects.exists()


def test_funding_of_another_project_is_404(cast, client_as):
    elsewhere = ContributionFactory()
    response = client_as("lead").post(
        f"/projects/{cast.project.slug}/partners/funding/{elsewhere.pk}/delete/"
    )
    assert response.status_code == 404
    assert FundingContribution.objects.filter(pk=elsewhere.pk).exists()
