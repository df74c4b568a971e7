"""Removing a partner, which is refused while funding or spending is recorded against it."""

import pytest

from projects.models import Organisation, Partner
from projects.services.funding import PartnerInUse, partner_remove
from tests.conftest import MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory


@pytest.fixture
def partner(cast):
    return PartnerFactory(project=cast.project, organisation__name="Snook", roles=["facilitator"])


def url(partner):
    return f"/projects/{partner.project.slug}/partners/{partner.pk}/remove/"


def test_the_lead_is_asked_first_then_removes_it(cast, client_as, partner):
    client = client_as("lead")
    page = client.get(url(partner)).content.decode()
    assert "Remove Snook from the project" in page
    assert "stays on Codesign for other projects" in page
    response = client.post(url(partner), follow=True)
    assert response.redirect_chain[-1][0] == "/projects/care-leavers/partners/#partners"
    assert "Snook is no longer a partner in this project." in response.content.decode()
    assert not Partner.objects.exists()
    assert Organisation.objects.filter(name="Snook").exists()


def test_a_partner_with_funding_is_kept_and_the_reason_given(cast, client_as, partner):
    ContributionFactory(partner=partner)
    client = client_as("lead")
    page = client.get(url(partner)).content.decode()
    assert "Snook can’t be removed yet" in page
    assert "1 record of funding or help from it" in page
    assert "Remove Snook</button>" not in page
    response = client.post(url(partner))
    assert response.status_code == 200
    assert "it has funding or spending recorded" in response.content.decode()
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_a_partner_whose_money_paid_for_spending_is_kept(cast, client_as, partner):
    SpendFactory(project=cast.project, partner=partner)
    SpendFactory(project=cast.project, partner=partner)
    page = client_as("lead").get(url(partner)).content.decode()
    assert "2 records of spending paid with its money" in page
    client_as("lead").post(url(partner))
    assert Partner.objects.filter(pk=partner.pk).exists()


def test_the_service_refuses_too(cast, partner):
    ContributionFactory(partner=partner)
    with pytest.raises(PartnerInUse):
        partner_remove(partner=partner)
    assert Partner.objects.filter(pk=partner.pk).exists()


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_removes_partners(cast, client_as, partner, who):
    client = client_as(who)
    assert client.get(url(partner)).status_code == 403
    assert client.post(url(partner)).status_code == 403
    assert Partner.objects.filter(pk=partner.pk).exists()
