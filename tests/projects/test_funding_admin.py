"""The admin site lists, searches and filters organisations, partners, funding and spending."""

import pytest

from tests.factories import ContributionFactory, PartnerFactory, SpendFactory, UserFactory


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    partner = PartnerFactory(organisation__name="IRISS")
    ContributionFactory(partner=partner, amount_pence=500_000)
    SpendFactory(project=partner.project, partner=partner, amount_pence=24_050)
    return client


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/admin/projects/organisation/?q=iriss&kind__exact=charity", "IRISS"),
        ("/admin/projects/partner/?q=iriss", "Funder"),
        ("/admin/projects/fundingcontribution/?kind__exact=cash&q=iriss", "£5,000.00"),
        ("/admin/projects/spend/?category__exact=materials&q=iriss", "£240.50"),
    ],
)
def test_each_list_searches_and_filters(admin_client, path, expected):
    response = admin_client.get(path)
    assert response.status_code == 200
    assert expected in response.content.decode()


@pytest.mark.parametrize("model", ["organisation", "partner", "fundingcontribution", "spend"])
def test_each_add_form_opens(admin_client, model):
    assert admin_client.get(f"/admin/projects/{model}/add/").status_code == 200
