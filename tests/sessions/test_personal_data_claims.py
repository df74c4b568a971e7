"""Claims in "all your data", and what deleting an account does to them."""

from django.core.files.storage import default_storage

from participants.registries.personal_data import personal_data
from participants.services.account import user_delete
from sessions.models import Claim, Expense
from sessions.payments.forms.claims import receipt_check
from sessions.payments.services.approvals import claim_approve
from tests.sessions.payments import add_rate, came_to, make_claim, receipt_photo


def _with_receipt(person):
    return make_claim(
        person,
        came_to(person, days=-2 - person.claims.count()),
        expenses=[
            {"kind": "travel", "amount_pence": 460, "receipt": receipt_check(receipt_photo())}
        ],
    )


def test_all_your_data_lists_your_claims(cast):
    add_rate(cast.project)
    make_claim(cast.participants["young_person"])
    held = {s["key"]: s["rows"] for s in personal_data.collect(cast.young_person)}
    assert held["payment_claims"][0]["For your time"] == "£30.00"
    assert held["payment_claims"][0]["Status"] == "Waiting for a lead"


def test_deleting_an_account_keeps_approved_claims_without_the_name(
    cast, django_capture_on_commit_callbacks
):
    add_rate(cast.project)
    young = cast.participants["young_person"]
    kept = _with_receipt(young)
    claim_approve(claim=kept, by=cast.lead, under_18_checked=True)
    gone = _with_receipt(young)
    gone_file = gone.expenses.get().receipt.name
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=cast.young_person)
    assert list(Claim.objects.values_list("pk", flat=True)) == [kept.pk]
    kept.refresh_from_db()
    assert kept.participant.user_id is None
    assert kept.participant.display_name != "Young person"
    assert not default_storage.exists(gone_file)
    assert default_storage.exists(Expense.objects.get(claim=kept).receipt.name)
