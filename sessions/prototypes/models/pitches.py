"""A fair pitch: a panel of judges from every role scores ideas against a few criteria."""

from django.db import models
from django.utils import timezone

from participants.models import Participant
from sessions.meetings.models import Session
from sessions.prototypes.models.prototypes import Prototype


class Pitch(models.Model):
    """The panel, the ideas and the criteria of a session of kind "pitch"."""

    session = models.OneToOneField(Session, on_delete=models.CASCADE, related_name="pitch")
    criteria = models.TextField(
        help_text="One on each line, e.g. “Would young people use it?”. Judges give each 1 to 5."
    )
    judges = models.ManyToManyField(Participant, related_name="pitches_judged")
    ideas = models.ManyToManyField(Prototype, related_name="pitches")

    def __str__(self):
        return f"Pitch at {self.session}"

    @property
    def project(self):
        return self.session.project

    @property
    def criteria_list(self):
        return [line.strip() for line in self.criteria.splitlines() if line.strip()]


class PitchScore(models.Model):
    """One judge's scores for one idea: a number from 1 to 5 per criterion, and a comment."""

    pitch = models.ForeignKey(Pitch, on_delete=models.CASCADE, related_name="scores")
    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="+")
    judge = models.ForeignKey(Participant, on_delete=models.SET_NULL, null=True, related_name="+")
    role = models.CharField(max_length=20)
    marks = models.JSONField(default=list)
    total = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["pitch", "prototype", "judge"], name="one_score_per_judge_per_idea"
            )
        ]

    def __str__(self):
        return f"{self.total} for {self.prototype}"
