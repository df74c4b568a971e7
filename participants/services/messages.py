"""Writes about a person's inbox: opening a message marks it read, and so can "mark all as
read". The unread count on the account is worked out again from the inbox each time, so it can
never drift from what the inbox shows."""

from django.db import transaction
from django.utils import timezone

from participants.models import Delivery, Notification, User
from projects.freshness import changes_project


def _recount(user):
    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    User.objects.filter(pk=user.pk).update(unread_messages=unread)
    user.unread_messages = unread


@transaction.atomic
def message_open(*, notification):
    """Mark one of the person's messages read (opening it again changes nothing)."""
    user = User.objects.select_for_update().get(pk=notification.user_id)
    if notification.read_at is None:
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=timezone.now()
        )
        notification.read_at = timezone.now()
    _recount(user)
    return notification


@transaction.atomic
def messages_read_all(*, user):
    """Mark every message in the person's inbox read."""
    locked = User.objects.select_for_update().get(pk=user.pk)
    Notification.objects.filter(user=locked, read_at__isnull=True).update(read_at=timezone.now())
    _recount(locked)
    user.unread_messages = 0


@transaction.atomic
@changes_project(via="project")
def letters_mark_posted(*, project, delivery_ids):
    """The lead posted these printed letters; returns how many were still to post (a letter
    already marked, or not this project's, is left as it is)."""
    return Delivery.objects.filter(
        pk__in=delivery_ids,
        notification__project=project,
        channel=Delivery.Channel.LETTER,
        status=Delivery.Status.TO_POST,
    ).update(status=Delivery.Status.POSTED, sent_at=timezone.now(), updated_at=timezone.now())
