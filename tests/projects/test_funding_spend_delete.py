"""Deleting a record of spending, after a question."""

import pytest

from projects.models import Spend
from tests.conftest import MEMBER_ROLES
from tests.factories import SpendFactory


@pytest.fixture
def spend(cast):
    return SpendFactory(project=cast.project, amount_pence=9_680, category="expenses")


def url(spend):
    return f"/projects/{spend.project.slug}/partners/spending/{spend.pk}/delete/"


def test_the_lead_is_asked_first_then_deletes_it(cast, client_as, spend):
    client = client_as("lead")
    page = client.get(url(spend)).content.decode()
    assert "Delete this spending?" in page and "£96.80" in page and "Other expenses" in page
    assert Spend.objects.exists()
    response = client.post(url(spend))
    assert response["Location"] == "/projects/care-leavers/partners/#spending"
    assert not Spend.objects.exists()


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_deletes_spending(cast, client_as, spend, who):
    client = client_as(who)
    assert client.get(url(spend)).status_code == 403
    assert client.post(url(spend)).status_code == 403
    assert Spend.objects.exists()


def test_spending_of_another_project_is_404(cast, client_as):
    elsewhere = SpendFactory()
    response = client_as("lead").post(
        f"/projects/{cast.project.slug}/partners/spending/{elsewhere.pk}/delete/"
    )
    assert response.status_code == 404
    assert Spend.objects.filter(pk=elsewhere.pk).exists()
