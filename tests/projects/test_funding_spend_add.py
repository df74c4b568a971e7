"""Recording spending by category, amount and date, and optionally whose money paid."""

import datetime
from html import unescape

import pytest
from django.utils import timezone

from projects.models import Spend
from tests.conftest import MEMBER_ROLES
from tests.factories import PartnerFactory


def url(project):
    return f"/projects/{project.slug}/partners/spending/add/"


def spend(**changes):
    return {
        "category": "materials",
        "amount_pence": "240.50",
        "spent_on": "2025-02-20",
        "partner": "",
        "note": "Card and pens for mock-ups",
        **changes,
    }


def test_the_lead_records_spending(cast, client_as):
    response = client_as("lead").post(url(cast.project), spend())
    assert response.status_code == 302
    assert response["Location"] == "/projects/care-leavers/partners/#spending"
    saved = Spend.objects.get()
    assert saved.project == cast.project
    assert (saved.category, saved.amount_pence) == ("materials", 24_050)
    assert saved.spent_on == datetime.date(2025, 2, 20)
    assert saved.partner is None
    assert saved.created_by == cast.lead


def test_it_can_say_whose_money_paid(cast, client_as):
    iriss = PartnerFactory(project=cast.project, organisation__name="IRISS")
    client_as("lead").post(url(cast.project), spend(partner=iriss.pk))
    assert Spend.objects.get().partner == iriss


def test_a_british_date_is_understood(cast, client_as):
    client_as("lead").post(url(cast.project), spend(spent_on="20/02/2025"))
    assert Spend.objects.get().spent_on == datetime.date(2025, 2, 20)


def test_the_note_warns_that_everyone_can_see_it(cast, client_as):
    body = unescape(client_as("lead").get(url(cast.project)).content.decode())
    assert "Everyone in the project can see this note." in body
    assert "Don't name anyone" in body


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount_pence": ""}, "Enter how much was spent"),
        ({"amount_pence": "-20"}, "Amounts can't be negative."),
        ({"amount_pence": "0"}, "Enter an amount more than £0."),
        ({"amount_pence": "£20,000,000"}, "That is more than £10,000,000.00."),
        ({"amount_pence": "twenty"}, "Enter the amount in numbers"),
        ({"category": ""}, "Choose what the money was spent on."),
        ({"spent_on": ""}, "Enter the date the money was spent."),
        ({"spent_on": "31/02/2026"}, "Enter a real date"),
        ({"spent_on": "1999-12-31"}, "before the year 2000"),
    ],
)
def test_bad_input_is_explained_and_nothing_saved(cast, client_as, changes, message):
    response = client_as("lead").post(url(cast.project), spend(**changes))
    assert response.status_code == 200
    body = unescape(response.content.decode())
    assert message in body
    assert "There is a problem" in body
    assert not Spend.objects.exists()


def test_a_date_in_the_future_is_refused(cast, client_as):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    response = client_as("lead").post(url(cast.project), spend(spent_on=tomorrow.isoformat()))
    assert "can't be in the future" in unescape(response.content.decode())
    assert not Spend.objects.exists()


def test_a_partner_of_another_project_cannot_be_used(cast, client_as):
    response = client_as("lead").post(url(cast.project), spend(partner=PartnerFactory().pk))
    assert "Select a valid choice" in response.content.decode()
    assert not Spend.objects.exists()


@pytest.mark.parametrize("who", MEMBER_ROLES[1:])
def test_only_the_lead_records_spending(cast, client_as, who):
    client = client_as(who)
    assert client.get(url(cast.project)).status_code == 403
    assert client.post(url(cast.project), spend()).status_code == 403
    assert not Spend.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(url(cast.project), spend()).status_code == 404
    assert not Spend.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(url(cast.project), spend())
    assert response["Location"].startswith("/accounts/login/")
    assert not Spend.objects.exists()
