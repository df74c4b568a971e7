"""Leads approve or decline claims (the person is told), mark them paid (counted once as the
project's spending), and every change is in the audit trail."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from participants.models import Notification
from projects.models import AuditEntry, Spend
from projects.selectors.funding import funding_summary
from sessions.models import Claim
from sessions.payments.forms.claims import receipt_check
from sessions.payments.services.approvals import claim_approve
from sessions.payments.services.claims import ClaimRefused
from tests.factories import ParticipantFactory, UserFactory
from tests.sessions.payments import add_rate, claim_url, make_claim, receipt_photo


@pytest.fixture
def claim(cast):
    add_rate(cast.project, pence=1500)
    young = cast.participants["young_person"]
    young.user.date_of_birth = date(2000, 1, 1)
    young.user.save()
    return make_claim(young, minutes=120)


def decide(client, claim, data):
    return client.post(claim_url(claim.project, f"claims/{claim.pk}/decide/"), data)


def pay(client, claim, data):
    return client.post(claim_url(claim.project, f"claims/{claim.pk}/pay/"), data)


def test_a_lead_approves_and_the_person_is_told(
    cast, client_as, claim, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(client_as("lead"), claim, {"decision": "approve"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.decided_by) == ("approved", cast.lead)
    told = Notification.objects.get(user=cast.young_person)
    assert told.is_essential and "approved" in told.subject
    assert AuditEntry.objects.filter(action="claim_approve", actor=cast.lead).count() == 1


def test_declining_needs_a_reason_which_the_person_is_told(cast, client_as, claim):
    response = decide(client_as("lead"), claim, {"decision": "decline", "reason": ""})
    assert "Give a reason" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "waiting"
    decide(client_as("lead"), claim, {"decision": "decline", "reason": "You were not at this one."})
    claim.refresh_from_db()
    assert (claim.status, claim.decline_reason) == ("declined", "You were not at this one.")
    told = Notification.objects.get(user=cast.young_person)
    assert "You were not at this one." in told.body
    assert AuditEntry.objects.filter(action="claim_decline").count() == 1


def test_marking_paid_records_the_spending_once(cast, client_as, claim):
    claim_approve(claim=claim, by=cast.lead)
    today = timezone.localdate()
    response = pay(client_as("lead"), claim, {"paid_on": today.isoformat(), "route": "voucher"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.paid_on, claim.paid_by_route) == ("paid", today, "voucher")
    spend = Spend.objects.get()
    assert (spend.amount_pence, spend.category, claim.spend) == (3000, "participants", spend)
    assert funding_summary(cast.project).spent == 3000
    # Paying again changes nothing.
    response = pay(client_as("lead"), claim, {"paid_on": today.isoformat(), "route": "voucher"})
    assert Spend.objects.count() == 1
    assert AuditEntry.objects.filter(action="claim_pay").count() == 1
    assert (
        Notification.objects.filter(user=cast.young_person, subject__contains="paid").count() == 1
    )


def test_a_paid_date_in_the_future_is_refused(cast, client_as, claim):
    claim_approve(claim=claim, by=cast.lead)
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = pay(client_as("lead"), claim, {"paid_on": tomorrow.isoformat(), "route": "bank"})
    assert "cannot be in the future" in response.content.decode()
    assert Claim.objects.get().status == "approved" and not Spend.objects.exists()


def test_a_lead_cannot_approve_their_own_claim(cast, client_as):
    add_rate(cast.project, roles=["lead"])
    own = make_claim(cast.participants["lead"])
    response = decide(client_as("lead"), own, {"decision": "approve"})
    assert "You cannot decide or pay your own claim" in response.content.decode()
    assert Claim.objects.get().status == "waiting"


def test_an_approved_claim_cannot_be_edited(cast, client_as, claim):
    claim_approve(claim=claim, by=cast.lead)
    url = claim_url(cast.project, f"claims/{claim.pk}/edit/")
    response = client_as("young_person").post(url, {"minutes": "10", "route": "cash"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.minutes, claim.route) == (120, "bank")


def test_a_waiting_claim_can_be_changed_and_keeps_its_rate(cast, client_as, claim):
    add_rate(cast.project, pence=9900, day=timezone.localdate() - timedelta(days=30))
    url = claim_url(cast.project, f"claims/{claim.pk}/edit/")
    response = client_as("young_person").post(url, {"minutes": "60", "route": "voucher"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.minutes, claim.route, claim.time_pence) == (60, "voucher", 1500)
    assert AuditEntry.objects.filter(action="claim_update").count() == 1


def test_under_18s_need_the_check_before_approval(cast, client_as, claim):
    young = claim.participant.user
    young.date_of_birth = timezone.localdate().replace(year=timezone.localdate().year - 16)
    young.save()
    response = decide(client_as("lead"), claim, {"decision": "approve"})
    assert "may be under 18" in response.content.decode()
    assert Claim.objects.get().status == "waiting"
    decide(client_as("lead"), claim, {"decision": "approve", "under_18_check": "on"})
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.under_18_checked


def test_an_age_band_of_16_or_17_counts_as_under_18(cast, claim):
    young = claim.participant.user
    young.date_of_birth = None
    young.age_band = "16_17"
    young.save()
    with pytest.raises(ClaimRefused):
        claim_approve(claim=claim, by=cast.lead)


def test_the_queue_flags_under_18s_in_school_hours(cast, client_as):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    from tests.sessions.payments import came_to

    # A weekday morning, well in the past.
    session = came_to(young, days=-7, hour=10)
    while not session.in_working_hours:
        session = came_to(young, days=-session.pk - 7, hour=10, title=f"Day {session.pk}")
    make_claim(young, session)
    page = client_as("lead").get(claim_url(cast.project, "queue/")).content.decode()
    assert "may be under 18" in page and "school or college hours" in page


def test_claims_past_the_target_are_flagged(cast, client_as):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    from tests.sessions.payments import came_to

    make_claim(young, came_to(young, days=-20))
    make_claim(cast.participants["staff"], came_to(cast.participants["staff"], days=-2))
    response = client_as("lead").get(claim_url(cast.project, "queue/"))
    assert response.context["counts"]["late"] == 1
    assert [row.late for row in response.context["rows"]] == [True, False]
    assert "Past the target" in response.content.decode()


@pytest.mark.parametrize("count", [3, 50])
def test_the_queue_costs_the_same_queries_for_3_and_50_claims(
    cast, client_as, count, django_assert_max_num_queries
):
    add_rate(cast.project)
    for _ in range(count):
        person = ParticipantFactory(project=cast.project, role="young_person", user=UserFactory())
        make_claim(person)
    client = client_as("lead")
    with django_assert_max_num_queries(12):
        response = client.get(claim_url(cast.project, "queue/"))
    assert len(response.context["rows"]) == count


def test_the_queue_is_for_leads(cast, client, client_as):
    url = claim_url(cast.project, "queue/")
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("young_person").get(url).status_code == 403
    assert client_as("lead").post(url).status_code == 405


def test_decide_and_pay_refuse_other_roles_and_methods(cast, client_as, claim):
    for tail in ("decide/", "pay/"):
        url = claim_url(cast.project, f"claims/{claim.pk}/{tail}")
        assert client_as("young_person").post(url, {"decision": "approve"}).status_code == 403
        assert client_as("outsider").get(url).status_code == 404
        assert client_as("lead").put(url).status_code == 405
    assert Claim.objects.get().status == "waiting"


def test_receipts_are_stripped_of_metadata(cast):
    kept = receipt_check(receipt_photo()).content.read()
    assert b"PhoneMaker" not in kept and b"Jay's house" not in kept


def test_the_queue_tells_two_people_called_jay_apart(cast, client_as):
    add_rate(cast.project)
    jays = [
        ParticipantFactory(
            project=cast.project,
            role="young_person",
            display_name="Jay",
            user=UserFactory(email=f"jay{n}@example.org"),
        )
        for n in (1, 2)
    ]
    for jay in jays:
        make_claim(jay)
    page = client_as("lead").get(claim_url(cast.project, "queue/")).content.decode()
    for jay in jays:
        assert f"Jay (ref {jay.pk}): " in page
