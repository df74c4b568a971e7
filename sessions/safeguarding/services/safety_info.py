"""Writing, reading out and deleting the safety information people give for a session.

Its words go nowhere but the runners' page: not into the audit trail (which notes only that
someone opened the page), not into a message, a cache or an export.
"""

from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import changes_project, project_changed_by_id
from sessions.models import SafetyInfo
from sessions.safeguarding.selectors.safety_info import expired_safety_info


@transaction.atomic
@changes_project(via="session")
def safety_info_save(
    *, session, participant, contact_name, contact_phone, contact_relationship, health_notes
):
    """Keep the person's safety information for the session: one row, however often they
    send the form. Returns it."""
    info, _ = SafetyInfo.objects.update_or_create(
        session=session,
        participant=participant,
        defaults={
            "contact_name": contact_name,
            "contact_phone": contact_phone,
            "contact_relationship": contact_relationship,
            "health_notes": health_notes,
            "updated_at": timezone.now(),
        },
    )
    return info


@transaction.atomic
@changes_project(via="session")
def safety_info_delete(*, session, participant):
    """The person takes theirs back. Returns whether there was any."""
    deleted, _ = SafetyInfo.objects.filter(session=session, participant=participant).delete()
    return deleted > 0


def safety_info_seen(*, session, by):
    """Note in the audit trail who opened a session's safety information (never what it says)."""
    audit_record(actor=by, action="safety_info_view", target=session, project=session.project)


@transaction.atomic
def safety_info_delete_expired(*, now=None):
    """Delete everything given for sessions that ended more than 7 days before `now`. Run every
    hour; running it again, or after an interruption, deletes nothing more. Returns how many
    went."""
    expired = expired_safety_info(now)
    project_changed_by_id(*set(expired.values_list("session__project_id", flat=True)))
    deleted, _ = expired.delete()
    return deleted
