"""Changing a record of spending."""

from html import unescape

import pytest

from tests.conftest import MEMBER_ROLES
from tests.factories import PartnerFactory, SpendFactory


@pytest.fixture
def spend(cast):
    return SpendFactory(project=cast.project, amount_pence=24_050, category="materials")


def url(spend):
    return f"/projects/{spend.project.slug}/partners/spending/{spend.pk}/edit/"


def data(**changes):
    return {
        "category": "travel",
        "amount_pence": "£312.40",
        "spent_on": "2025-03-04",
        "partner": "",
        "note": "Ferry to Oban",
        **changes,
    }


def test_the_form_shows_what_was_recorded(cast, client_as, spend):
    body = client_as("lead").get(url(spend)).content.decode()
    assert 'value="240.50"' in body
    assert f'value="{spend.spent_on.isoformat()}"' in body


def test_the_lead_changes_it(cast, client_as, spend):
    iriss = PartnerFactory(project=cast.project)
    response = client_as("lead").post(url(spend), data(partner=iriss.pk))
    assert response.status_code == 302
    spend.refresh_from_db()
    assert (spend.category, spend.amount_pence, spend.partner, spend.note) == (
        "travel",
        31_240,
        iriss,
        "Ferry to Oban",
    )


def test_bad_input_is_explained_and_nothing_saved(cast, client_as, spend):
    response = client_as("lead").post(url(spend), data(amount_pence="-3"))
    assert "Amounts can't be negative." in unescape(response.content.decode())
    spend.refresh_from_db()
    assert (spend.category, spend.amount_pence) == ("materials", 24_050)


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_changes_spending(cast, client_as, spend, who):
    client = client_as(who)
    assert client.get(url(spend)).status_code == 403
    assert client.post(url(spend), data()).status_code == 403
    spend.refresh_from_db()
    assert spend.amount_pence == 24_050


def test_spending_of_another_project_is_404(cast, client_as):
    elsewhere = SpendFactory()
    response = client_as("lead").get(
        f"/projects/{cast.project.slug}/partners/spending/{elsewhere.pk}/edit/"
    )
    assert response.status_code == 404


def test_visitors_are_sent_to_sign_in(cast, client, spend):
    assert client.post(url(spend), data()).status_code == 302
    spend.refresh_from_db()
    assert spend.amount_pence == 24_050


@pytest.mark.django_db(transaction=True)
def test_a_partner_removed_while_the_form_was_sent_is_explained(
    cast, client_as, spend, monkeypatch
):
    from projects.forms.funding import SpendForm
    from projects.models import Partner

    iriss = PartnerFactory(project=cast.project)
    check = SpendForm.clean

    def check_then_partner_goes(form):
        cleaned = check(form)
        Partner.objects.filter(pk=iriss.pk).delete()
        return cleaned

    monkeypatch.setattr(SpendForm, "clean", check_then_partner_goes)
    response = client_as("lead").post(url(spend), data(partner=iriss.pk))
    assert response.status_code == 200
    assert "That partner was removed from the project a moment ago." in response.content.decode()
    spend.refresh_from_db()
    assert (spend.category, spend.partner) == ("materials", None)
