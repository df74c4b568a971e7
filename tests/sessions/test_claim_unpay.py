"""A claim marked paid by mistake goes back to approved: its spending leaves the accounts, the
audit trail keeps what was undone and why, and the person is told."""

from datetime import date

import pytest
from django.utils import timezone

from participants.models import Notification
from projects.models import AuditEntry, Spend
from projects.selectors.funding import funding_summary
from sessions.models import Claim
from sessions.payments.services.approvals import claim_approve, claim_pay, claim_unpay
from sessions.payments.services.claims import ClaimRefused
from tests.conftest import MEMBER_ROLES
from tests.sessions.payments import add_rate, claim_url, make_claim


@pytest.fixture
def paid(cast):
    add_rate(cast.project, pence=1500)
    young = cast.participants["young_person"]
    young.user.date_of_birth = date(2000, 1, 1)
    young.user.save()
    claim = make_claim(young, minutes=120)
    claim_approve(claim=claim, by=cast.lead)
    return claim_pay(claim=claim, by=cast.lead, paid_on=timezone.localdate(), route="voucher")


def url(claim):
    return claim_url(claim.project, f"claims/{claim.pk}/not-paid/")


def test_undoing_a_payment_takes_it_out_of_the_accounts_and_tells_the_person(cast, client_as, paid):
    assert funding_summary(cast.project).spent == 3000
    client = client_as("lead")
    page = client.get(url(paid)).content.decode()
    assert "was not paid" in page and "It was not paid: undo" in page
    response = client.post(url(paid), {"reason": "I chose the wrong claim."})
    assert response.status_code == 302
    paid.refresh_from_db()
    assert (paid.status, paid.paid_on, paid.paid_by_route, paid.spend) == (
        "approved",
        None,
        "",
        None,
    )
    assert not Spend.objects.exists() and funding_summary(cast.project).spent == 0
    entry = AuditEntry.objects.get(action="claim_unpay")
    assert entry.actor == cast.lead and entry.detail["reason"] == "I chose the wrong claim."
    assert entry.detail["total_pence"] == 3000 and entry.detail["route"] == "voucher"
    told = Notification.objects.filter(user=cast.young_person, subject__contains="not paid yet")
    assert told.get().is_essential and "I chose the wrong claim." in told.get().body
    # It can be paid again, and counts once.
    claim_pay(claim=paid, by=cast.lead, paid_on=timezone.localdate(), route="bank")
    assert Spend.objects.count() == 1 and funding_summary(cast.project).spent == 3000


def test_the_claim_page_offers_the_undo_to_leads_only(cast, client_as, paid):
    detail = claim_url(cast.project, f"claims/{paid.pk}/")
    assert "Marked paid by mistake? Undo it" in client_as("lead").get(detail).content.decode()
    mine = client_as("young_person").get(detail).content.decode()
    assert "Undo it" not in mine


def test_a_reason_is_needed_and_nothing_changes_without_one(cast, client_as, paid):
    response = client_as("lead").post(url(paid), {"reason": "   "})
    assert response.status_code == 200
    assert "Say what happened: the person is told why." in response.content.decode()
    paid.refresh_from_db()
    assert paid.status == "paid" and Spend.objects.count() == 1
    assert not AuditEntry.objects.filter(action="claim_unpay").exists()


def test_only_a_paid_claim_can_be_undone(cast, client_as, paid):
    claim_unpay(claim=paid, by=cast.lead, reason="Wrong claim.")
    response = client_as("lead").post(url(paid), {"reason": "Again"}, follow=True)
    assert "This claim is not marked as paid, so there is nothing to undo." in (
        response.content.decode()
    )
    with pytest.raises(ClaimRefused):
        claim_unpay(claim=paid, by=cast.lead, reason="Again")
    assert AuditEntry.objects.filter(action="claim_unpay").count() == 1


def test_a_lead_cannot_undo_a_payment_of_their_own_claim(cast):
    add_rate(cast.project, roles=("lead", "young_person"))
    other_lead = cast.participants["lead"]
    claim = make_claim(other_lead)
    Claim.objects.filter(pk=claim.pk).update(status="paid", paid_on=timezone.localdate())
    with pytest.raises(ClaimRefused):
        claim_unpay(claim=claim, by=cast.lead, reason="Mine")


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_roles_are_refused_and_nothing_changes(cast, client_as, paid, who):
    assert client_as(who).get(url(paid)).status_code == 403
    assert client_as(who).post(url(paid), {"reason": "x"}).status_code == 403
    assert Claim.objects.get().status == "paid"


def test_outsiders_visitors_and_wrong_methods(cast, client, client_as, paid):
    response = client.get(url(paid))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client_as("outsider").post(url(paid), {"reason": "x"}).status_code == 404
    assert client_as("lead").put(url(paid)).status_code == 405
    assert Claim.objects.get().status == "paid"
