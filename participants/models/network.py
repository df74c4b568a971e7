"""The network: whether a person is happy to be asked about future work, and each time a lead
asked them from it."""

from django.db import models
from django.utils import timezone

from participants.models.accounts import User
from participants.models.needs import SupportNeeds
from projects.models import Project


class FutureWork(models.Model):
    """One person's answer to "ask me about future work": what they would like to do, when
    they can come, and a break they are taking.

    Kept once per person, keyed to the account, not to a place in one project: the answer is
    about the person, so it counts in the network of every lead they have worked with, and
    taking it back takes them out of all of them at once. It sits beside the account rather
    than on it so the account stays about signing in and being contacted, and the answer can
    be shown, exported and forgotten as one piece. Only the person and the leads who may
    invite from their network see it.
    """

    class Doing(models.TextChoices):
        WORKING_GROUP = "working_group", "Being in a working group"
        TESTING = "testing", "Testing ideas"
        CO_TRAINING = "co_training", "Training others (co-training)"
        PITCH_PANEL = "pitch_panel", "Being on a pitch panel"

    When = SupportNeeds.When

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="future_work")
    wants_asking = models.BooleanField("ask me about future work", default=False)
    would_like = models.JSONField("what I would like to do", default=list, blank=True)
    in_my_own_words = models.CharField(
        "anything else I would like to do", max_length=300, blank=True
    )
    availability = models.JSONField("when I can come", default=list, blank=True)
    break_until = models.DateField("taking a break until", null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "future work answers"

    def __str__(self):
        return f"Future work: {self.user}"

    def on_break(self, today=None):
        """Taking a break up to and including `break_until`."""
        return self.break_until is not None and self.break_until >= (today or timezone.localdate())

    @property
    def would_like_labels(self):
        labels = dict(self.Doing.choices)
        return [labels.get(value, value) for value in self.would_like]

    @property
    def availability_labels(self):
        labels = dict(self.When.choices)
        return [labels.get(value, value) for value in self.availability]


class NetworkAsk(models.Model):
    """One time a lead asked someone from their network to join a project. The network page
    asks the least recently asked first, and says how often each person was asked this year."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="network_asks")
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="network_asks")
    asked_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    asked_at = models.DateTimeField(default=timezone.now)
    # The invitation the ask sent: while it is still running, the person is not asked again.
    invitation = models.ForeignKey(
        "participants.Invitation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-asked_at", "-pk"]
        indexes = [models.Index(fields=["user", "asked_at"])]

    def __str__(self):
        return f"{self.user} asked to join {self.project}"
