"""Evaluation sheets: what a group learnt about its idea at a session."""

from django.db import models
from django.utils import timezone

from participants.models import Participant
from sessions.meetings.models import Session
from sessions.prototypes.models.prototypes import Prototype


class EvaluationSheet(models.Model):
    prototype = models.ForeignKey(
        Prototype, on_delete=models.CASCADE, related_name="evaluation_sheets"
    )
    session = models.ForeignKey(
        Session, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    learnt = models.TextField("what we learnt")
    young_people = models.PositiveSmallIntegerField("young people we tried it with", default=0)
    staff = models.PositiveSmallIntegerField("frontline staff we tried it with", default=0)
    managers = models.PositiveSmallIntegerField("managers we tried it with", default=0)
    gets_in_the_way = models.TextField("what gets in the way", blank=True)
    how_we_will_know = models.TextField("how we will know it works", blank=True)
    written_by = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Evaluation of {self.prototype}"

    @property
    def tried_with_total(self):
        return self.young_people + self.staff + self.managers
