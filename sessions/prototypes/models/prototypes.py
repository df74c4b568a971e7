"""Ideas and prototypes: what people made together, its pictures and how it changed."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from projects.files.images import StoredImage
from projects.models import Decision, Outcome, Project
from sessions.meetings.models import Session


class Prototype(models.Model):
    """An idea someone added, growing into something people can see and try."""

    class Kind(models.TextChoices):
        INFORMATION_PACK = "information_pack", "Information pack"
        MAP = "map", "Map"
        APP = "app", "App"
        SERVICE_IDEA = "service_idea", "Service idea"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        IDEA = "idea", "Idea"
        PROTOTYPE = "prototype", "Prototype"
        TESTING = "testing", "Being tested"
        ADOPTED = "adopted", "Adopted"
        DROPPED = "dropped", "Dropped"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="prototypes")
    session = models.ForeignKey(
        Session,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="prototypes",
        verbose_name="the session it came from",
    )
    title = models.CharField(max_length=120)
    description = models.TextField("what it is", blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.IDEA)
    created_by = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The outcome it led to. An idea leads to one outcome; an outcome may come from several.
    outcome = models.ForeignKey(
        Outcome,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="prototypes",
        verbose_name="the outcome it led to",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("prototypes:detail", kwargs={"slug": self.project.slug, "pk": self.pk})


class PrototypeVersion(models.Model):
    """One change to a prototype: what changed and why. Earlier pictures stay with it."""

    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    what_changed = models.TextField("what changed")
    why = models.TextField("why it changed", blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["prototype", "number"], name="one_version_number")
        ]

    def __str__(self):
        return f"{self.prototype} – version {self.number}"


def prototype_image_path(instance, filename):
    """Where ideas' pictures went before they were kept under random names; old migrations
    name it."""
    return f"prototypes/{instance.prototype.project_id}/{instance.prototype_id}/{filename}"


class PrototypeImage(StoredImage):
    """A picture of the model or drawing, re-encoded without metadata, members only."""

    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="images")
    version = models.ForeignKey(
        PrototypeVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="images"
    )
    tagged = models.ManyToManyField(Participant, blank=True, related_name="+")

    class Meta(StoredImage.Meta):
        pass

    def image_folder(self):
        return f"prototypes/{self.prototype.project_id}/{self.prototype_id}"


class PrototypeDecision(models.Model):
    """A decision on a prototype, kept in the project's decision log."""

    class Result(models.TextChoices):
        ADOPT = "adopt", "Adopt it"
        CHANGE = "change", "Change it and test again"
        DROP = "drop", "Drop it"

    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="decisions")
    decision = models.OneToOneField(Decision, on_delete=models.CASCADE, related_name="prototype")
    result = models.CharField(max_length=10, choices=Result.choices)
    reason = models.TextField()
    took_part = models.CharField("who took part in deciding", max_length=300)

    class Meta:
        ordering = ["-decision__decided_on", "-pk"]

    def __str__(self):
        return f"{self.prototype}: {self.get_result_display()}"
