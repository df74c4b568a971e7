"""Writes for a project's payment terms and rate card. Rates are added, never changed: a new
rate from a later date replaces an old one for claims from then on."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import PaymentTerms, Rate


@transaction.atomic
@changes_project(via="project")
def rate_add(*, project, by, per, amount_pence, roles, valid_from):
    rate = Rate.objects.create(
        project=project,
        per=per,
        amount_pence=amount_pence,
        roles=list(roles),
        valid_from=valid_from,
        created_by=by,
    )
    audit_record(
        actor=by,
        action="rate_add",
        target=rate,
        project=project,
        detail={"per": per, "amount_pence": amount_pence, "roles": list(roles)},
    )
    return rate


@transaction.atomic
@changes_project(via="project")
def payment_terms_save(
    *,
    project,
    by,
    paid_within_days,
    preparation_minutes,
    notice_pence,
    travel_without_receipt_pence=None,
):
    defaults = {
        "paid_within_days": paid_within_days,
        "preparation_minutes": preparation_minutes,
        "notice_pence": notice_pence,
    }
    if travel_without_receipt_pence is not None:  # left as it was unless given
        defaults["travel_without_receipt_pence"] = travel_without_receipt_pence
    terms, _ = PaymentTerms.objects.select_for_update().update_or_create(
        project=project, defaults=defaults
    )
    audit_record(
        actor=by,
        action="payment_terms_save",
        target=terms,
        project=project,
        detail={
            "paid_within_days": paid_within_days,
            "preparation_minutes": preparation_minutes,
            "notice_pence": notice_pence,
        },
    )
    return terms
