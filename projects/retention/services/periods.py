"""An organisation's own retention periods, set by its leads: each change is checked against
the period the law asks for, is in the audit trail, and shows at once on the privacy page of
every project the organisation leads."""

from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import changes_pages
from projects.models import RetentionOverride


@transaction.atomic
@changes_pages
def retention_period_set(*, organisation, record_key, months, reason, by):
    """Keep `record_key` for `months` in the organisation's projects. The caller has checked
    the values (PeriodForm); sending the same twice leaves one period."""
    period = RetentionOverride(
        organisation=organisation, record_key=record_key, months=months, reason=reason
    )
    period.full_clean(
        exclude=["changed_by", "changed_at"], validate_unique=False, validate_constraints=False
    )
    period, _ = RetentionOverride.objects.update_or_create(
        organisation=organisation,
        record_key=record_key,
        defaults={
            "months": months,
            "reason": reason,
            "changed_by": by,
            "changed_at": timezone.now(),
        },
    )
    audit_record(
        actor=by,
        action="retention_period_set",
        target=period,
        detail={"record": record_key, "months": months},
    )
    return period


@transaction.atomic
@changes_pages
def retention_period_usual(*, organisation, record_key, by):
    """Go back to the usual period. Doing it again changes nothing. True when one was set."""
    gone, _ = RetentionOverride.objects.filter(
        organisation=organisation, record_key=record_key
    ).delete()
    if gone:
        audit_record(
            actor=by,
            action="retention_period_usual",
            target=organisation,
            detail={"record": record_key},
        )
    return bool(gone)
