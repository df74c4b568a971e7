"""Placing and lifting legal holds: while one is in force, nothing of its project or person is
removed by the retention schedule. Site administrators place them on any project or person
(in the admin); a project's lead on their own project (from its privacy page)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import changes_pages
from projects.models import LegalHold


@transaction.atomic
@changes_pages
def legal_hold_place(*, by, reason, project=None, person=None):
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Say why the records must be kept.")
    hold = LegalHold(project=project, person=person, reason=reason, placed_by=by)
    hold.full_clean()
    hold.save()
    audit_record(actor=by, action="legal_hold_place", target=hold, project=project)
    return hold


@transaction.atomic
@changes_pages
def legal_hold_lift(*, hold, by):
    """Lift a hold once: lifting it again changes nothing."""
    locked = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if locked.lifted_at is None:
        locked.lifted_at = timezone.now()
        locked.lifted_by = by
        locked.save(update_fields=["lifted_at", "lifted_by"])
        audit_record(actor=by, action="legal_hold_lift", target=locked, project=locked.project)
    return locked
