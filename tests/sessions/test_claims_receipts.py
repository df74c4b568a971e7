"""Receipts are private: the claimant and the project leads only, checked on every request."""

import pytest
from PIL import Image

from sessions.models import Expense
from tests.conftest import EVERYONE
from tests.factories import ParticipantFactory, UserFactory
from tests.sessions.payments import add_rate, came_to, claim_url, receipt_pdf, receipt_photo


@pytest.fixture
def receipts(cast, client_as):
    add_rate(cast.project)
    session = came_to(cast.participants["young_person"])
    client_as("young_person").post(
        claim_url(cast.project, f"sessions/{session.pk}/claim/"),
        {
            "minutes": "60",
            "route": "voucher",
            "travel": "4.60",
            "travel_receipt": receipt_photo(),
            "other": "3",
            "other_what": "Printing",
            "other_receipt": receipt_pdf(),
        },
    )
    client_as("young_person").logout()
    photo, pdf = Expense.objects.order_by("kind")[1], Expense.objects.order_by("kind")[0]
    assert (photo.kind, pdf.kind) == ("travel", "other")
    return photo, pdf


def url(expense):
    return claim_url(expense.claim.project, f"claims/{expense.claim_id}/receipts/{expense.pk}/")


@pytest.mark.parametrize("who", EVERYONE)
def test_only_the_claimant_and_leads_open_a_receipt(cast, client_as, receipts, who):
    photo, _pdf = receipts
    response = client_as(who).get(url(photo))
    expected = {"young_person": 200, "lead": 200, "outsider": 404, "anonymous": 302}.get(who, 403)
    assert response.status_code == expected


def test_another_young_person_never_sees_a_claim_or_its_receipt(cast, client, receipts):
    other = ParticipantFactory(project=cast.project, role="young_person", user=UserFactory())
    client.force_login(other.user)
    photo, _pdf = receipts
    assert client.get(url(photo)).status_code == 403
    assert client.get(claim_url(cast.project, f"claims/{photo.claim_id}/")).status_code == 403
    page = client.get(claim_url(cast.project)).content.decode()
    assert "4.60" not in page


def test_a_receipt_photo_is_kept_without_its_metadata(cast, client_as, receipts):
    photo, _pdf = receipts
    response = client_as("young_person").get(url(photo))
    data = b"".join(response.streaming_content)
    assert b"PhoneMaker" not in data and b"Jay's house" not in data
    assert response["Cache-Control"].startswith("private")
    with photo.receipt.open("rb") as kept:
        assert not Image.open(kept).getexif()


def test_a_pdf_receipt_downloads_as_a_pdf(cast, client_as, receipts):
    _photo, pdf = receipts
    response = client_as("lead").get(url(pdf))
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]


def test_receipt_rejects_other_methods(cast, client_as, receipts):
    photo, _pdf = receipts
    assert client_as("lead").post(url(photo)).status_code == 405
