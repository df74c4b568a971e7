"""Outcomes (what changed, said and done), staff reviews of them, photos as evidence, and
what people taking part learnt (reflections)."""

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from projects.files.images import StoredImage
from projects.models.content import Decision
from projects.models.projects import Project


class Outcome(models.Model):
    """Something that changed because of the project, told as "you said, we did"."""

    class Kind(models.TextChoices):
        SERVICE_CHANGE = "service_change", "A change to a service"
        RESOURCE_ADOPTED = "resource_adopted", "A resource put into use"
        TRAINING = "training", "Training"
        STRUCTURAL_CHANGE = "structural_change", "A change to how things are run"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        AGREED = "agreed", "Agreed"
        IN_PRACTICE = "in_practice", "In practice"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="outcomes")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    you_said = models.TextField("what people said")
    we_did = models.TextField("what was done")
    what_changed = models.TextField("what changed", blank=True)
    evidence = models.TextField(blank=True, help_text="Quotes, numbers, where to see it.")
    decisions = models.ManyToManyField(Decision, blank=True, related_name="outcomes")
    # Goes up each time the outcome is changed, so a review answers one version of it.
    revision = models.PositiveIntegerField(default=1)
    agreed_on = models.DateField(null=True, blank=True)
    in_practice_since = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:outcome", kwargs={"slug": self.project.slug, "pk": self.pk})


class OutcomeReview(models.Model):
    """A member of staff or a manager says an outcome happened, or asks for changes."""

    class Verdict(models.TextChoices):
        AGREE = "agree", "It happened: I agree"
        CHANGES = "changes", "Please change it first"

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    revision = models.PositiveIntegerField()
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "reviewer", "revision"], name="one_review_per_version"
            )
        ]

    def __str__(self):
        return f"{self.get_verdict_display()} ({self.outcome})"


def outcome_photo_path(instance, filename):
    """Where outcome photos went before every kind of picture shared one rule; old migrations
    name it."""
    suffix = PurePosixPath(filename).suffix.lower()
    outcome = instance.outcome
    return f"outcomes/{outcome.project_id}/{outcome.pk}/{secrets.token_urlsafe(18)}{suffix}"


class OutcomePhoto(StoredImage):
    """A photo kept as evidence that an outcome happened, re-encoded without metadata.

    Members of the project only: it is never on the public page. Whoever uploads it confirms
    that nobody can be recognised in it, or that everyone who can be said yes to it being used.
    """

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="photos")

    class Meta(StoredImage.Meta):
        pass

    def image_folder(self):
        return f"outcomes/{self.outcome.project_id}/{self.outcome_id}"


def this_month():
    """The first day of the current month: all a reflection keeps of when it was written."""
    return timezone.localdate().replace(day=1)


class Reflection(models.Model):
    """What someone taking part learnt: it feeds the project's practice-example report."""

    class Kind(models.TextChoices):
        HELPED = "helped", "What helped"
        DIFFICULTY = "difficulty", "What was difficult"
        STRENGTH = "strength", "A strength of how we worked"
        ADVICE = "advice", "Advice to others"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reflections")
    # Kept so people can find their own words in their data; never shown beside the text.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(max_length=1000)
    # Only the month it was written: a day and time would help tell who wrote it.
    written_in = models.DateField(default=this_month)

    class Meta:
        ordering = ["-written_in", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"
