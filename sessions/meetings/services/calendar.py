"""A person's private calendar feed address and their reminder choice."""

import secrets

from django.db import transaction

from projects.freshness import changes_pages
from sessions.models import CalendarSettings


def _settings_locked(user):
    found, _ = CalendarSettings.objects.select_for_update().get_or_create(user=user)
    return found


@transaction.atomic
@changes_pages
def feed_token_new(*, user):
    """Make a new feed address; any older address stops working at once."""
    found = _settings_locked(user)
    found.feed_token = secrets.token_urlsafe(32)
    found.save(update_fields=["feed_token"])
    return found


@transaction.atomic
@changes_pages
def feed_token_revoke(*, user):
    found = _settings_locked(user)
    found.feed_token = None
    found.save(update_fields=["feed_token"])
    return found


@transaction.atomic
@changes_pages
def reminders_set(*, user, on):
    found = _settings_locked(user)
    found.reminders_on = on
    found.save(update_fields=["reminders_on"])
    return found
