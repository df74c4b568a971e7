"""Open Badges issued here: one row for each credential, so that it can be revoked, checked by
its link, and downloaded again by the person it was issued to.

The signed credential itself (`token`) is what the person keeps; the row holds what the public
check shows (what, who, issued by whom, when) and whether the organisation has revoked it.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from projects.models import Project
from sessions.training.models import Completion


def new_public_id():
    # Unguessable, so nobody can walk through other people's credentials by their links.
    return secrets.token_urlsafe(12)


class Credential(models.Model):
    class Kind(models.TextChoices):
        TRAINING = "training", "Training finished"
        INVOLVEMENT = "involvement", "Certificate of involvement"

    public_id = models.CharField(max_length=24, unique=True, default=new_public_id)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="credentials",
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="credentials"
    )
    project = models.ForeignKey(
        Project, on_delete=models.SET_NULL, null=True, blank=True, related_name="credentials"
    )
    completion = models.ForeignKey(
        Completion, on_delete=models.SET_NULL, null=True, blank=True, related_name="credentials"
    )
    title = models.CharField(max_length=200)
    holder_name = models.CharField(max_length=200)
    issuer_name = models.CharField(max_length=200)
    token = models.TextField()
    issued_at = models.DateTimeField(default=timezone.now)
    valid_from = models.DateTimeField(default=timezone.now)
    valid_until = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    revoked_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["completion"],
                condition=models.Q(completion__isnull=False),
                name="one_credential_per_completion",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self):
        return reverse("credentials:check", args=[self.public_id])

    @property
    def is_revoked(self):
        return self.revoked_at is not None

    @property
    def filename(self):
        return f"open-badge-{self.public_id}"
