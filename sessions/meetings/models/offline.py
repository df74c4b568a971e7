from django.conf import settings
from django.db import models

from sessions.meetings.models.sessions import Session


class OfflineAction(models.Model):
    """Something done on a phone with no signal and sent when the signal came back: a reply,
    a check-in, who came, notes. The phone gives each one an id of its own, so when it is sent
    twice (the answer to the first try was lost) it is done once and the same answer returned.
    """

    class Outcome(models.TextChoices):
        DONE = "done", "Done"
        CONFLICT = "conflict", "Something had changed"
        REFUSED = "refused", "Not done"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offline_actions"
    )
    action_id = models.UUIDField(help_text="Made by the phone the action was done on.")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="offline_actions")
    kind = models.CharField(max_length=20)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.DONE)
    message = models.CharField(max_length=500, blank=True)
    made_at = models.DateTimeField(help_text="When it was done on the phone.")
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "action_id"], name="one_offline_action_per_id_per_person"
            )
        ]

    def __str__(self):
        return f"{self.kind} ({self.get_outcome_display().lower()})"
