"""Sending each message on each channel through its gateway, at most once, with retries.

A message in someone's inbox gets one `Delivery` per channel it goes out on. Sending takes the
delivery only while it is waiting and marks it as being sent in its own transaction before the
gateway is called, so two workers (or a task run twice) never send it twice; a worker that dies
mid-send leaves it marked, unsent rather than sent twice. A gateway that is down or busy gets
more tries, further apart each time; after the last the delivery shows as not sent to the
people who plan the project, who can then phone. The inbox has the message all along.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from phonenumber_field.phonenumber import to_python

from codesign import gateway, texts
from codesign.gateway import NotSent, Refused
from participants.models import Delivery
from participants.notify.unsubscribe import email_stop_url
from projects.freshness import project_changed_by_id

logger = logging.getLogger(__name__)

# Waits before the 2nd, 3rd, 4th and 5th tries; after the 5th it is not sent.
RETRY_AFTER = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
)
TRIES = len(RETRY_AFTER) + 1


def delivery_queue(delivery):
    """Send it on the task queue now or, if it is held (a text at night, a retry), at its time
    where the queue can wait (the database queue); the hourly `send_session_reminders` also
    sends whatever is due, so nothing depends on that alone."""
    from participants.tasks import deliver

    if delivery.next_try_at is None:
        deliver.enqueue(delivery_id=delivery.pk)
    elif deliver.get_backend().supports_defer:
        deliver.using(run_after=delivery.next_try_at).enqueue(delivery_id=delivery.pk)


def delivery_send(delivery_id, *, now=None):
    """Try to send one delivery; returns its status afterwards."""
    now = now or timezone.now()
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(of=("self",))
            .select_related("notification__user", "notification__project")
            .filter(pk=delivery_id)
            .first()
        )
        if delivery is None:
            return None
        if delivery.status != Delivery.Status.WAITING or (
            delivery.next_try_at is not None and delivery.next_try_at > now
        ):
            return delivery.status
        if not _still_wanted(delivery):
            delivery.status = Delivery.Status.CANCELLED
            delivery.save(update_fields=["status", "updated_at"])
            return delivery.status
        delivery.status = Delivery.Status.SENDING
        delivery.attempts += 1
        delivery.save(update_fields=["status", "attempts", "updated_at"])
    try:
        provider_id = _through_gateway(delivery)
    except Refused as error:
        return _not_sent(delivery, error)
    except Exception as error:
        if not isinstance(error, NotSent):
            logger.exception("Delivery %s failed unexpectedly", delivery.pk)
        if delivery.attempts >= TRIES:
            return _not_sent(delivery, error)
        delivery.status = Delivery.Status.WAITING
        delivery.next_try_at = now + RETRY_AFTER[delivery.attempts - 1]
        delivery.error = str(error)[:300]
        delivery.save(update_fields=["status", "next_try_at", "error", "updated_at"])
        logger.warning("Delivery %s not sent (try %s): %s", delivery.pk, delivery.attempts, error)
        delivery_queue(delivery)
        return delivery.status
    delivery.status = Delivery.Status.SENT
    delivery.sent_at = timezone.now()
    delivery.provider_id = provider_id or ""
    delivery.error = ""
    delivery.save(update_fields=["status", "sent_at", "provider_id", "error", "updated_at"])
    return delivery.status


def deliveries_due_send(now=None):
    """Send every waiting delivery whose moment has come (retries, and texts held through the
    night); returns how many were tried. Run every few minutes with the reminders."""
    now = now or timezone.now()
    due = list(
        Delivery.objects.filter(status=Delivery.Status.WAITING, next_try_at__lte=now)
        .order_by("next_try_at", "pk")
        .values_list("pk", flat=True)[:500]
    )
    for delivery_id in due:
        delivery_send(delivery_id, now=now)
    return len(due)


def _still_wanted(delivery):
    user = delivery.notification.user
    if not user.is_active:
        return False
    if delivery.channel == Delivery.Channel.TEXT:
        return user.may_get_texts
    if delivery.channel == Delivery.Channel.LETTER:
        return user.may_get_letters
    return bool(user.email)


def _through_gateway(delivery):
    from participants.notify import email_body, email_subject
    from participants.notify.letters import letter_pdf

    notification = delivery.notification
    if delivery.channel == Delivery.Channel.EMAIL:
        return gateway.email_gateway().send_email(
            gateway.Email(
                to=delivery.to,
                subject=email_subject(notification),
                body=email_body(notification),
                reference=delivery.reference,
                unsubscribe_url=email_stop_url(notification.user),
            )
        )
    if delivery.channel == Delivery.Channel.TEXT:
        try:
            return texts.send_text(
                to=delivery.to, body=notification.text_body, reference=delivery.reference
            )
        except texts.TextTooLong as error:
            raise Refused(str(error)) from error
    return gateway.letter_gateway().send_letter(
        gateway.Letter(pdf=letter_pdf([delivery]), reference=delivery.reference)
    )


def _not_sent(delivery, error):
    delivery.status = Delivery.Status.NOT_SENT
    delivery.error = str(error)[:300]
    with transaction.atomic():
        delivery.save(update_fields=["status", "error", "updated_at"])
        # The lead's overview counts the messages not sent.
        if delivery.notification.project_id:
            project_changed_by_id(delivery.notification.project_id)
    logger.warning("Delivery %s not sent, and not tried again: %s", delivery.pk, error)
    return delivery.status


def text_number(user):
    return to_python(user.mobile).as_e164


# What a provider's delivery receipt says, and what it means here.
RECEIPT_STATUSES = {
    "delivered": Delivery.Status.DELIVERED,
    "received": Delivery.Status.DELIVERED,  # a letter, printed and posted
    "permanent-failure": Delivery.Status.NOT_SENT,
    "temporary-failure": Delivery.Status.NOT_SENT,
    "technical-failure": Delivery.Status.NOT_SENT,
    "validation-failed": Delivery.Status.NOT_SENT,
}


def delivery_receipt(*, provider_id, status):
    """Record what the provider says became of a message it took; returns how many deliveries
    it changed (0 for a receipt about a message this site does not know, or news that changes
    nothing, such as "sending")."""
    new_status = RECEIPT_STATUSES.get(status)
    if new_status is None or not provider_id:
        return 0
    error = "" if new_status == Delivery.Status.DELIVERED else f"The provider said: {status}"
    matching = Delivery.objects.filter(
        provider_id=provider_id, status__in=[Delivery.Status.SENT, Delivery.Status.DELIVERED]
    )
    with transaction.atomic():
        projects = set(matching.values_list("notification__project_id", flat=True)) - {None}
        changed = matching.update(status=new_status, error=error, updated_at=timezone.now())
        if changed and new_status == Delivery.Status.NOT_SENT:
            project_changed_by_id(*projects)
    return changed
