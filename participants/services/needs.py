"""Writes about support needs."""

from django.db import transaction

from participants.models import SupportNeeds
from participants.services.membership import participant_lock
from projects.freshness import changes_project


@transaction.atomic
@changes_project(via="participant")
def support_needs_save(*, participant, **fields):
    """Create or replace the participant's support needs."""
    participant_lock(participant)
    needs, _ = SupportNeeds.objects.update_or_create(participant=participant, defaults=fields)
    return needs
