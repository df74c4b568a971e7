"""A person's term on a project's standing working group: when it starts and ends, and the
note they leave for the people who come after them.

`Participant.in_working_group` says who is in the group today; a term says for how long. People
who joined the group before places had terms have none, and are members with no end date.
"""

from django.db import models
from django.utils import timezone

from participants.models.membership import Participant

# A term counts as ending this many days before its last day, so the hand-over can start.
ENDING_DAYS = 60


class GroupTermQuerySet(models.QuerySet):
    def ending(self, today=None, days=ENDING_DAYS):
        """Terms of people still in the group that end within `days`, or have ended."""
        today = today or timezone.localdate()
        return self.filter(
            participant__in_working_group=True,
            ends_on__lte=today + timezone.timedelta(days=days),
        )


class GroupTerm(models.Model):
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="group_terms"
    )
    starts_on = models.DateField("term starts")
    ends_on = models.DateField("term ends")
    handover_note = models.TextField("note for the next members", blank=True)
    note_written_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    objects = GroupTermQuerySet.as_manager()

    class Meta:
        ordering = ["-ends_on", "-pk"]

    def __str__(self):
        return f"{self.participant}: {self.starts_on} to {self.ends_on}"

    def is_ending(self, today=None):
        today = today or timezone.localdate()
        return self.ends_on <= today + timezone.timedelta(days=ENDING_DAYS)

    def has_ended(self, today=None):
        return self.ends_on < (today or timezone.localdate())
