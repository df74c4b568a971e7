"""The audit trail: who did what to which object, and when.

Services call `audit_record` inside their own transaction, so an entry exists exactly when the
change it describes was saved. Entries are never edited by hand (the admin shows them read-only).
Keep personal data out of `detail`: it holds what changed (a role, a setting), not who someone is.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from projects.models import AuditEntry


def audit_record(*, actor, action, target, project=None, detail=None, at=None):
    """Write one audit entry and return it.

    `actor` is the user who acted (None for the system); `action` a short code named like the
    service that did it, e.g. "invitation_revoke"; `target` the model instance acted on;
    `project` the project it belongs to, if any; `detail` a small JSON-able dict.
    """
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        action=action,
        target_type=ContentType.objects.get_for_model(target, for_concrete_model=False),
        target_id=str(target.pk),
        target_text=str(target)[:200],
        project=project,
        at=at or timezone.now(),
        detail=detail or {},
    )


def audit_forget_target_words(*, target_model, target_ids, words):
    """Replace the words kept about some targets, e.g. a deleted person's name."""
    AuditEntry.objects.filter(
        target_type=ContentType.objects.get_for_model(target_model),
        target_id__in=[str(pk) for pk in target_ids],
    ).update(target_text=words)
