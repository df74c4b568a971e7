"""Writes about a person's inbox: opening a message marks it read, and so can "mark all as
read". The unread count on the account is worked out again from the inbox each time, so it can
never drift from what the inbox shows."""

from django.db import transaction
from django.utils import timezone

from codesign.runtime.signed_in import forget_signed_in_user
from participants.models import Delivery, Notification, User
from projects.freshness import changes_project, project_changed_by_id


def _recount(user):
    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    User.objects.filter(pk=user.pk).update(unread_messages=unread)
    forget_signed_in_user(user.pk)
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


def email_stop(*, user):
    """From now on, only essential emails (invitations, cancellations, places, payments).
    Returns whether that changed anything."""
    if user.email_frequency in (User.EmailFrequency.ESSENTIAL, User.EmailFrequency.NONE):
        return False
    user.email_frequency = User.EmailFrequency.ESSENTIAL
    user.save(update_fields=["email_frequency"])
    return True


@transaction.atomic
def invitations_refuse(*, email):
    """The owner of this address asked never to be invited again: noted by a hash of the
    address, and every invitation still waiting for it is cancelled."""
    from participants.models import DoNotInvite, Invitation

    DoNotInvite.objects.get_or_create(email_hash=DoNotInvite.hash_of(email))
    waiting = Invitation.objects.pending().filter(email__iexact=email)
    project_changed_by_id(*waiting.values_list("project_id", flat=True).distinct())
    return waiting.update(revoked_at=timezone.now())
