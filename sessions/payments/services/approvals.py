"""Writes for the leads' side of claims: approve, decline with a reason, mark as paid.

Each takes a row lock on the claim and checks its state under the lock, so two leads pressing
the same button at once change it once: one approval, one payment, one spending row.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from participants.notify import notify
from participants.selectors.consent import is_under_18
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.services.funding import spend_record
from sessions.models import Claim
from sessions.payments.services.claims import ClaimRefused


def _locked(claim, *, expect):
    locked = (
        Claim.objects.select_for_update(of=("self",))
        .select_related("project", "participant__user", "session")
        .get(pk=claim.pk)
    )
    if locked.status != expect:
        raise ClaimRefused(
            f"This claim is already {locked.get_status_display().lower()}: nothing was changed."
        )
    return locked


def _not_own(claim, by):
    if claim.participant.user_id == by.pk:
        raise ClaimRefused("You cannot decide or pay your own claim. Ask another project lead.")


def _tell(claim, subject, body):
    user = claim.participant.user
    if user is None:  # someone taking part offline: the lead tells them in person
        return
    path = reverse("payments:claim", kwargs={"slug": claim.project.slug, "pk": claim.pk})
    notify(
        user=user,
        project=claim.project,
        subject=subject,
        body=body,  # the message's own link (email, inbox and letter) leads to the claim
        essential=True,
        link=path,
        action="See your claim",
    )


@transaction.atomic
@changes_project(via="claim")
def claim_approve(*, claim, by, under_18_checked=False):
    locked = _locked(claim, expect=Claim.Status.WAITING)
    _not_own(locked, by)
    under_18 = is_under_18(locked.participant)
    if under_18 and not under_18_checked:
        raise ClaimRefused(
            "This person may be under 18. Confirm the check before approving the claim."
        )
    locked.status = Claim.Status.APPROVED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.under_18_checked = under_18
    locked.save(update_fields=["status", "decided_at", "decided_by", "under_18_checked"])
    audit_record(
        actor=by,
        action="claim_approve",
        target=locked,
        project=locked.project,
        detail={"total_pence": locked.total_pence, "under_18_checked": under_18},
    )
    _tell(
        locked,
        "your claim is approved",
        f"Your claim for {locked.session.title} is approved. It will be paid soon.",
    )
    return locked


@transaction.atomic
@changes_project(via="claim")
def claim_decline(*, claim, by, reason):
    locked = _locked(claim, expect=Claim.Status.WAITING)
    _not_own(locked, by)
    locked.status = Claim.Status.DECLINED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decline_reason = reason
    locked.save(update_fields=["status", "decided_at", "decided_by", "decline_reason"])
    audit_record(actor=by, action="claim_decline", target=locked, project=locked.project)
    _tell(
        locked,
        "your claim was not approved",
        f"Your claim for {locked.session.title} was not approved.\n\nThe reason: {reason}\n\n"
        "If you think this is wrong, talk to your project lead.",
    )
    return locked


@transaction.atomic
@changes_project(via="claim")
def claim_pay(*, claim, by, paid_on, route):
    """Mark an approved claim paid, and record the money as the project's spending, once."""
    locked = _locked(claim, expect=Claim.Status.APPROVED)
    _not_own(locked, by)
    locked.status = Claim.Status.PAID
    locked.paid_on = paid_on
    locked.paid_by_route = route
    locked.paid_by = by
    if locked.total_pence:
        locked.spend = spend_record(
            project=locked.project,
            amount_pence=locked.total_pence,
            spent_on=paid_on,
            note=f"Paid involvement: claim {locked.pk} ({locked.session.title})",
            by=by,
        )
    locked.save(update_fields=["status", "paid_on", "paid_by_route", "paid_by", "spend"])
    audit_record(
        actor=by,
        action="claim_pay",
        target=locked,
        project=locked.project,
        detail={"paid_on": paid_on.isoformat(), "route": route, "total_pence": locked.total_pence},
    )
    _tell(
        locked,
        "your claim is paid",
        f"Your claim for {locked.session.title} was paid on {paid_on:%-d %B %Y} "
        f"({locked.get_paid_by_route_display().lower()}).",
    )
    return locked


@transaction.atomic
@changes_project(via="claim")
def claim_unpay(*, claim, by, reason):
    """Undo "paid" on a claim marked paid by mistake: it goes back to approved, waiting to be
    paid, and its spending record leaves the project's accounts. The audit trail keeps what
    was undone and why, and the person is told."""
    locked = _locked(claim, expect=Claim.Status.PAID)
    _not_own(locked, by)
    undone = {
        "paid_on": locked.paid_on.isoformat() if locked.paid_on else "",
        "route": locked.paid_by_route,
        "total_pence": locked.total_pence,
        "reason": reason,
    }
    spend = locked.spend
    locked.status = Claim.Status.APPROVED
    locked.paid_on = None
    locked.paid_by_route = ""
    locked.paid_by = None
    locked.spend = None
    locked.save(update_fields=["status", "paid_on", "paid_by_route", "paid_by", "spend"])
    if spend is not None:
        spend.delete()
    audit_record(
        actor=by, action="claim_unpay", target=locked, project=locked.project, detail=undone
    )
    _tell(
        locked,
        "your claim is not paid yet",
        f"Your claim for {locked.session.title} was marked as paid by mistake. It is approved "
        f"and waiting to be paid.\n\nWhy: {reason}",
    )
    return locked
