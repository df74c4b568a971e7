"""Writes for claims: making one from attendance (by the person, or by a lead for someone taking
part offline) and changing it while it waits for a lead."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Claim, Expense, Rate, Route
from sessions.payments.selectors.payments import rate_for_claim


class ClaimRefused(Exception):
    """A change the claim's state does not allow; the message says why in plain words."""


def time_pay(rate, minutes):
    """What the time is worth at `rate`, in pence (hours are paid to the minute, rounded)."""
    if rate is None or minutes <= 0:
        return 0
    if rate.per == Rate.Per.HOUR:
        return (rate.amount_pence * minutes + 30) // 60
    return rate.amount_pence


def _time_pence(*, rate, minutes, route, lower_pence):
    full = time_pay(rate, minutes)
    if route == Route.NONE:
        return 0
    if route == Route.LOWER:
        if lower_pence is None or lower_pence > full:
            raise ClaimRefused("A lower amount must be less than what the time is worth.")
        return lower_pence
    return full


def _save_expenses(claim, expenses):
    claim.expenses.all().delete()
    for item in expenses:
        expense = Expense(
            claim=claim,
            kind=item["kind"],
            amount_pence=item["amount_pence"],
            description=item.get("description", ""),
            declared=item.get("declared", False),
        )
        receipt = item.get("receipt")
        if receipt is not None:
            expense.receipt.save(receipt.name, receipt.content, save=False)
            expense.receipt_type = receipt.content_type
        expense.save()
    return sum(item["amount_pence"] for item in expenses)


@transaction.atomic
@changes_project(via="participant")
def claim_submit(*, participant, session, by, minutes, route, lower_pence=None, expenses=()):
    """Make a claim for a session the person came to, at the rate for their role on its day
    (or the trainer rate, for a young co-trainer at their training session)."""
    rate = rate_for_claim(participant, session)
    claim = Claim(
        project=session.project,
        participant=participant,
        session=session,
        minutes=minutes,
        rate=rate,
        rate_per=rate.per if rate else "",
        rate_pence=rate.amount_pence if rate else 0,
        route=route,
        entered_by=by,
    )
    claim.time_pence = _time_pence(rate=rate, minutes=minutes, route=route, lower_pence=lower_pence)
    claim.save()
    claim.expenses_pence = _save_expenses(claim, list(expenses))
    claim.save(update_fields=["expenses_pence"])
    audit_record(
        actor=by,
        action="claim_submit",
        target=claim,
        project=session.project,
        detail=_detail(claim) | {"for_someone_else": by.pk != participant.user_id},
    )
    return claim


@transaction.atomic
@changes_project(via="claim")
def claim_update(*, claim, by, minutes, route, lower_pence=None, expenses=None):
    """Change a claim that still waits for a lead; the rate it was made at stays."""
    locked = Claim.objects.select_for_update().get(pk=claim.pk)
    if locked.status != Claim.Status.WAITING:
        raise ClaimRefused(
            f"This claim is {locked.get_status_display().lower()}, so it can no longer be changed."
        )
    rate = Rate(per=locked.rate_per, amount_pence=locked.rate_pence) if locked.rate_per else None
    locked.minutes = minutes
    locked.route = route
    locked.time_pence = _time_pence(
        rate=rate, minutes=minutes, route=route, lower_pence=lower_pence
    )
    if expenses is not None:
        locked.expenses_pence = _save_expenses(locked, list(expenses))
    locked.save()
    audit_record(
        actor=by,
        action="claim_update",
        target=locked,
        project=locked.project,
        detail=_detail(locked),
    )
    return locked


def _detail(claim):
    return {
        "minutes": claim.minutes,
        "route": claim.route,
        "time_pence": claim.time_pence,
        "expenses_pence": claim.expenses_pence,
        "rate_pence": claim.rate_pence,
        "rate_per": claim.rate_per,
    }
