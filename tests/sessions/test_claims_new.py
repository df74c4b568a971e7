"""Making a claim: pre-filled from attendance, each way of being paid, expenses with receipts,
and every kind of bad input refused with nothing saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from projects.models import AuditEntry
from sessions.models import Claim, Expense
from sessions.payments.services.rates import payment_terms_save
from tests.factories import ParticipantFactory
from tests.sessions.conftest import make_session
from tests.sessions.payments import add_rate, came_to, claim_url, receipt_pdf, receipt_photo


@pytest.fixture
def young(cast):
    add_rate(cast.project, pence=1500)
    return cast.participants["young_person"]


def post(client, session, data):
    return client.post(claim_url(session.project, f"sessions/{session.pk}/claim/"), data)


def test_the_time_is_filled_in_from_attendance_with_preparation(cast, client_as, young):
    payment_terms_save(
        project=cast.project,
        by=cast.lead,
        paid_within_days=14,
        preparation_minutes=30,
        notice_pence=None,
    )
    session = came_to(young, length=2)
    response = client_as("young_person").get(
        claim_url(cast.project, f"sessions/{session.pk}/claim/")
    )
    assert response.status_code == 200
    assert response.context["form"].initial["minutes"] == 150
    assert "£15.00 per hour" in response.content.decode()


@pytest.mark.parametrize(
    "route, extra, time_pence",
    [
        ("bank", {}, 3000),
        ("voucher", {}, 3000),
        ("prepaid_card", {}, 3000),
        ("cash", {}, 3000),
        ("lower", {"lower_amount": "10"}, 1000),
        ("none", {}, 0),
    ],
)
def test_each_way_of_being_paid(cast, client_as, young, route, extra, time_pence):
    session = came_to(young)
    response = post(client_as("young_person"), session, {"minutes": "120", "route": route, **extra})
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.route, claim.time_pence, claim.status) == (route, time_pence, "waiting")
    assert AuditEntry.objects.filter(action="claim_submit", target_id=str(claim.pk)).exists()


def test_travel_with_a_receipt_photo_and_childcare_with_a_pdf(cast, client_as, young):
    session = came_to(young)
    response = post(
        client_as("young_person"),
        session,
        {
            "minutes": "120",
            "route": "voucher",
            "travel": "4.60",
            "travel_receipt": receipt_photo(),
            "childcare": "20",
            "childcare_receipt": receipt_pdf(),
        },
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.expenses_pence, claim.total_pence) == (2460, 5460)
    kinds = {e.kind: e.receipt_type for e in Expense.objects.all()}
    assert kinds == {"travel": "image/jpeg", "childcare": "application/pdf"}


def _refused(response, message):
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Claim.objects.exists() and not Expense.objects.exists()


def test_more_time_than_the_session_and_preparation_is_refused(cast, client_as, young):
    session = came_to(young, length=2)
    _refused(
        post(client_as("young_person"), session, {"minutes": "121", "route": "bank"}),
        "You can claim up to 120 minutes",
    )


def test_negative_and_absurd_amounts_are_refused(cast, client_as, young):
    session = came_to(young)
    client = client_as("young_person")
    _refused(
        post(client, session, {"minutes": "-5", "route": "bank"}),
        "The time cannot be less than 0 minutes.",
    )
    _refused(
        post(
            client,
            session,
            {"minutes": "60", "route": "bank", "travel": "-3", "travel_receipt": receipt_photo()},
        ),
        "Amounts can&#x27;t be negative",
    )
    _refused(
        post(
            client,
            session,
            {"minutes": "60", "route": "bank", "travel": "9000", "travel_receipt": receipt_photo()},
        ),
        "Check the amount",
    )


def test_a_lower_amount_must_be_lower(cast, client_as, young):
    session = came_to(young)
    _refused(
        post(
            client_as("young_person"),
            session,
            {"minutes": "60", "route": "lower", "lower_amount": "15"},
        ),
        "The lower amount must be less than £15.00.",
    )


def test_an_expense_needs_its_receipt(cast, client_as, young):
    session = came_to(young)
    _refused(
        post(client_as("young_person"), session, {"minutes": "60", "route": "bank", "travel": "4"}),
        "Add a photo or PDF of the receipt.",
    )


def test_a_receipt_that_is_not_a_photo_or_pdf_is_refused(cast, client_as, young):
    session = came_to(young)
    fake = SimpleUploadedFile("receipt.jpg", b"MZ\x90\x00 a program", content_type="image/jpeg")
    _refused(
        post(
            client_as("young_person"),
            session,
            {"minutes": "60", "route": "bank", "travel": "4", "travel_receipt": fake},
        ),
        "This file is not a photo or a PDF.",
    )


def test_a_receipt_that_is_too_large_is_refused(cast, client_as, young, monkeypatch):
    monkeypatch.setattr("sessions.payments.forms.claims.MAX_RECEIPT_BYTES", 100)
    session = came_to(young)
    _refused(
        post(
            client_as("young_person"),
            session,
            {"minutes": "60", "route": "bank", "travel": "4", "travel_receipt": receipt_photo()},
        ),
        "The largest picture you can upload is 100",
    )


def test_a_session_the_person_did_not_come_to_cannot_be_claimed(cast, client_as, young):
    session = make_session(cast.project, days=-3)
    response = post(client_as("young_person"), session, {"minutes": "60", "route": "bank"})
    assert response.status_code == 302
    assert not Claim.objects.exists()


def test_a_session_cannot_be_claimed_twice(cast, client_as, young):
    session = came_to(young)
    client = client_as("young_person")
    post(client, session, {"minutes": "60", "route": "bank"})
    post(client, session, {"minutes": "60", "route": "cash"})
    assert Claim.objects.get().route == "bank"


def test_a_session_that_has_not_ended_cannot_be_claimed(cast, client_as, young):
    session = came_to(young, days=3)
    post(client_as("young_person"), session, {"minutes": "60", "route": "bank"})
    assert not Claim.objects.exists()


def test_a_lead_enters_the_claim_of_someone_taking_part_offline(cast, client_as, young):
    kirsty = ParticipantFactory(
        project=cast.project, user=None, display_name="Kirsty", role="young_person"
    )
    session = came_to(kirsty)
    response = client_as("lead").post(
        claim_url(cast.project, f"sessions/{session.pk}/people/{kirsty.pk}/claim/"),
        {"minutes": "120", "route": "cash"},
    )
    assert response.status_code == 302
    claim = Claim.objects.get()
    assert (claim.participant, claim.entered_by, claim.time_pence) == (kirsty, cast.lead, 3000)


def test_only_leads_enter_claims_for_others_and_only_for_people_offline(cast, client_as, young):
    session = came_to(young)
    url = claim_url(cast.project, f"sessions/{session.pk}/people/{young.pk}/claim/")
    assert client_as("facilitator").get(url).status_code == 403
    assert client_as("lead").get(url).status_code == 404  # has an account: claims themselves


def test_claim_page_answers_anonymous_outsider_and_wrong_method(cast, client, client_as, young):
    session = came_to(young)
    url = claim_url(cast.project, f"sessions/{session.pk}/claim/")
    assert client.get(url).status_code == 302
    assert client_as("outsider").get(url).status_code == 404
    assert client_as("young_person").put(url).status_code == 405


def test_a_cash_bus_fare_is_claimed_without_a_receipt_up_to_the_limit(cast, client_as, young):
    session = came_to(young)
    client = client_as("young_person")
    form = client.get(claim_url(cast.project, f"sessions/{session.pk}/claim/")).content.decode()
    assert "I have no receipt for this travel" in form and "Up to £10.00" in form
    response = post(
        client,
        session,
        {"minutes": "60", "route": "bank", "travel": "4.60", "travel_no_receipt": "on"},
    )
    assert response.status_code == 302
    (expense,) = Expense.objects.all()
    assert expense.declared and not expense.receipt and expense.amount_pence == 460
    # Whoever approves sees there was no receipt.
    claim = Claim.objects.get()
    page = client_as("lead").get(claim.get_absolute_url()).content.decode()
    assert "no receipt</strong> (declared: a cash fare or a lift)" in page


def test_travel_without_a_receipt_above_the_limit_is_refused(cast, client_as, young):
    session = came_to(young)
    _refused(
        post(
            client_as("young_person"),
            session,
            {"minutes": "60", "route": "bank", "travel": "12", "travel_no_receipt": "on"},
        ),
        "Without a receipt, travel can be up to £10.00.",
    )


def test_a_project_that_pays_travel_only_against_receipts_offers_no_such_box(
    cast, client_as, young
):
    payment_terms_save(
        project=cast.project,
        by=cast.lead,
        paid_within_days=14,
        preparation_minutes=0,
        notice_pence=None,
        travel_without_receipt_pence=0,
    )
    session = came_to(young)
    client = client_as("young_person")
    form = client.get(claim_url(cast.project, f"sessions/{session.pk}/claim/")).content.decode()
    assert "I have no receipt" not in form
    _refused(
        post(
            client,
            session,
            {"minutes": "60", "route": "bank", "travel": "4", "travel_no_receipt": "on"},
        ),
        "Add a photo or PDF of the receipt.",
    )


def test_the_lead_sets_the_limit_for_travel_without_a_receipt(cast, client_as):
    from sessions.payments.selectors.payments import payment_terms

    response = client_as("lead").post(
        claim_url(cast.project, "terms/"),
        {"paid_within_days": "14", "preparation_minutes": "0", "travel_without_receipt": "7.50"},
    )
    assert response.status_code == 302
    assert payment_terms(cast.project).travel_without_receipt_pence == 750
