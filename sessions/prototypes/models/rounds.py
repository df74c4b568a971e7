"""Test rounds: a plain question about a prototype, answered anonymously by members."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from participants.models import Participant
from sessions.prototypes.models.prototypes import Prototype


class TestRound(models.Model):
    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="test_rounds")
    question = models.CharField(max_length=200)
    opens_at = models.DateTimeField("opens")
    closes_at = models.DateTimeField("closes")
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")),
                name="test_round_closes_after_opening",
            )
        ]

    def __str__(self):
        return self.question

    @property
    def project(self):
        return self.prototype.project

    def is_open(self, now=None):
        now = now or timezone.now()
        return self.opens_at <= now < self.closes_at

    def has_closed(self, now=None):
        return (now or timezone.now()) >= self.closes_at


class Feedback(models.Model):
    """One person's answer to a test round. Only the totals by role are shown to members."""

    round = models.ForeignKey(TestRound, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    role = models.CharField(max_length=20)
    useful = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "feedback"
        constraints = [
            models.UniqueConstraint(fields=["round", "participant"], name="one_answer_per_round"),
            models.CheckConstraint(
                condition=models.Q(useful__gte=1, useful__lte=5), name="feedback_rating_1_to_5"
            ),
        ]

    def __str__(self):
        return f"{self.useful} for {self.round}"
