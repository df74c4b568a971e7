"""Warnings sent before an inactive account is removed, so each is sent once."""

from django.db import models
from django.utils import timezone

from participants.models.accounts import User


class RemovalWarning(models.Model):
    """One warning (30 or 7 days ahead) for one spell of not signing in: signing in again
    starts a new spell, so a later spell is warned again."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="removal_warnings")
    days_before = models.PositiveSmallIntegerField()
    inactive_since = models.DateTimeField()
    sent_on = models.DateField(default=timezone.localdate)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "days_before", "inactive_since"], name="one_removal_warning_each"
            )
        ]

    def __str__(self):
        return f"{self.days_before}-day warning to {self.user}"
