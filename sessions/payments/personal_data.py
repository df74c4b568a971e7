"""What paid involvement holds about one person, for their "all your data" page and download,
and what goes when they delete their account."""

from participants.registries.personal_data import Rows, moment
from projects.money import format_pence
from sessions.models import Claim

CLAIMS = Rows(
    query=lambda user: (
        Claim.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("submitted_at", "pk")
    ),
    columns={
        "Project": lambda claim: claim.session.project.title,
        "Session": lambda claim: claim.session.title,
        "When": lambda claim: moment(claim.session.starts_at),
        "Time claimed (minutes)": lambda claim: claim.minutes,
        "How you chose to be paid": lambda claim: claim.get_route_display(),
        "For your time": lambda claim: format_pence(claim.time_pence),
        "Expenses": lambda claim: format_pence(claim.expenses_pence),
        "Status": lambda claim: claim.get_status_display(),
        "Paid on": lambda claim: claim.paid_on.isoformat() if claim.paid_on else None,
    },
)


def claims_forget(*, user, participants, remove_contributions):
    """Claims where no money moved (waiting or declined) go, with their receipts. Approved and
    paid claims are the project's financial records: they stay, with their receipts as the
    evidence for the accounts, attached to "A former participant" once the name is removed."""
    unpaid = Claim.objects.filter(
        participant__in=participants, status__in=[Claim.Status.WAITING, Claim.Status.DECLINED]
    )
    # The receipts go from storage only once the deletion is saved (codesign.runtime.stored_files).
    unpaid.delete()


HELD = [
    {
        "key": "payment_claims",
        "title": "Your payment claims",
        "collect": CLAIMS,
        "forget": claims_forget,
        "order": 50,
    },
]
