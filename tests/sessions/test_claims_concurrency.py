"""Two leads approving or paying the same claim at the same moment: it changes once."""

import contextlib

import pytest

from projects.models import AuditEntry, Spend
from sessions.models import Claim
from sessions.payments.services.approvals import claim_approve, claim_pay
from sessions.payments.services.claims import ClaimRefused
from tests.factories import ParticipantFactory, UserFactory
from tests.participants.test_consent_concurrency import run_together
from tests.sessions.payments import add_rate, make_claim


def _quietly(action):
    def run():
        with contextlib.suppress(ClaimRefused):
            action()

    return run


@pytest.fixture
def leads_and_claim(db):
    from tests.factories import ProjectFactory

    project = ProjectFactory()
    add_rate(project, roles=["staff"])
    first = ParticipantFactory(project=project, role="lead", user=UserFactory()).user
    second = ParticipantFactory(project=project, role="lead", user=UserFactory()).user
    person = ParticipantFactory(project=project, role="staff", user=UserFactory())
    return first, second, make_claim(person)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_leads_approving_at_once_approve_once(leads_and_claim):
    first, second, claim = leads_and_claim
    run_together(
        _quietly(lambda: claim_approve(claim=claim, by=first)),
        _quietly(lambda: claim_approve(claim=claim, by=second)),
    )
    assert Claim.objects.get().status == "approved"
    assert AuditEntry.objects.filter(action="claim_approve").count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_leads_paying_at_once_pay_once(leads_and_claim):
    from django.utils import timezone

    first, second, claim = leads_and_claim
    claim_approve(claim=claim, by=first)
    today = timezone.localdate()
    run_together(
        _quietly(lambda: claim_pay(claim=claim, by=first, paid_on=today, route="bank")),
        _quietly(lambda: claim_pay(claim=claim, by=second, paid_on=today, route="cash")),
    )
    assert Claim.objects.get().status == "paid"
    assert Spend.objects.count() == 1
    assert AuditEntry.objects.filter(action="claim_pay").count() == 1
