"""How each message in someone's inbox left the site: one delivery per message and channel
(email, text or letter), which is also what makes sure nothing is sent twice."""

import hashlib

from django.db import models

from participants.models.accounts import Notification


class Delivery(models.Model):
    """One message sent on one channel. There is at most one per message and channel: a send
    is tried only while the delivery is waiting, and it is marked as sending, in its own
    transaction, before the gateway is called."""

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text"
        LETTER = "letter", "Letter"

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        DELIVERED = "delivered", "Delivered"
        TO_POST = "to_post", "Printed letter to post"
        POSTED = "posted", "Posted"
        NOT_SENT = "not_sent", "Not sent"
        CANCELLED = "cancelled", "Not needed any more"

    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="deliveries"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    # The email address or number it goes to (empty for letters: the address is printed).
    to = models.CharField(max_length=254, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Not before this moment: the morning for a text written at night, or the next retry.
    next_try_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The gateway's own id for the message, which its delivery receipts quote.
    provider_id = models.CharField(max_length=100, blank=True, db_index=True)
    # Why it was not sent, in the gateway's words, for whoever runs the site.
    error = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "deliveries"
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["notification", "channel"], name="one_delivery_per_message_and_channel"
            )
        ]
        indexes = [models.Index(fields=["status", "next_try_at"], name="delivery_due")]

    def __str__(self):
        return f"{self.get_channel_display()} of “{self.notification}”"

    @property
    def reference(self):
        """The key a gateway is given with the send, and quotes back in receipts."""
        return f"codesign-{self.pk}"


class DoNotInvite(models.Model):
    """An email address whose owner asked, from an invitation, not to be invited again. Only a
    hash of the address is kept, so the list holds no one's address."""

    email_hash = models.CharField(max_length=64, unique=True)
    asked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "address not to invite"
        verbose_name_plural = "addresses not to invite"

    def __str__(self):
        return f"Not to invite ({self.email_hash[:8]}…)"

    @staticmethod
    def hash_of(email):
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()
