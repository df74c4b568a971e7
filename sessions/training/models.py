"""Training: modules a lead or facilitator writes in a project, taken alone on a phone step by
step or delivered in a training session, with how confident people felt before and after.

A module is a title, what you will be able to do, short ordered steps (words and an optional
picture), statements people rate themselves on at the start and the end, and files to download.
Completion is recorded per person. Ratings are only ever shown as averages by role, never one
person's (projects/selectors/role_groups.py).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from projects.files.images import StoredImage
from projects.models import Project, Resource
from sessions.meetings.models import Session

LOWEST, HIGHEST = 1, 10


class AgeBand(models.TextChoices):
    EVERYONE = "everyone", "Everyone"
    UNDER_18 = "16_17", "16 to 17"
    YOUNG_ADULTS = "16_25", "16 to 25"
    OVER_18 = "18_25", "18 to 25"


class TrainingModule(models.Model):
    """One piece of training. A draft until it is published; only published modules are taken."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="training")
    title = models.CharField(max_length=120)
    able_to = models.TextField("what you will be able to do")
    age_band = models.CharField("who it is for", max_length=10, choices=AgeBand.choices)
    minutes = models.PositiveSmallIntegerField("how long it takes, in minutes")
    materials = models.ManyToManyField(
        Resource, blank=True, related_name="training", verbose_name="files to download"
    )
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["title", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("training:module", args=[self.project.slug, self.pk])

    @property
    def is_published(self):
        return self.published_at is not None


class TrainingStep(models.Model):
    """One short step of a module, shown one per page on a phone."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="steps")
    number = models.PositiveSmallIntegerField()
    words = models.TextField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["module", "number"], name="one_step_per_number")
        ]

    def __str__(self):
        return f"Step {self.number} of {self.module}"

    @property
    def project(self):
        return self.module.project


class StepPicture(StoredImage):
    """A picture that helps explain a step, re-encoded without metadata, members only."""

    step = models.OneToOneField(TrainingStep, on_delete=models.CASCADE, related_name="picture")

    class Meta(StoredImage.Meta):
        pass

    def image_folder(self):
        return f"training/{self.step.module.project_id}/{self.step.module_id}"


class Statement(models.Model):
    """Something people rate themselves on from 1 to 10 before and after a module, e.g. "I feel
    confident saying what I think to a manager"."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="statements")
    number = models.PositiveSmallIntegerField()
    words = models.CharField(max_length=200)

    class Meta:
        ordering = ["number"]

    def __str__(self):
        return self.words


class Moment(models.TextChoices):
    BEFORE = "before", "Before"
    AFTER = "after", "After"


class Rating(models.Model):
    """One person's rating of one statement, at the start or at the end of a module."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="ratings")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="training_ratings"
    )
    moment = models.CharField(max_length=6, choices=Moment.choices)
    score = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(LOWEST), MaxValueValidator(HIGHEST)]
    )
    rated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "participant", "moment"], name="one_rating_each_time"
            ),
            models.CheckConstraint(
                condition=models.Q(score__gte=LOWEST, score__lte=HIGHEST),
                name="rating_from_1_to_10",
            ),
        ]

    def __str__(self):
        return f"{self.statement}: {self.score} ({self.moment})"


class Completion(models.Model):
    """A person finished a module, on their own or in a session."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="completions")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="training_completions"
    )
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["module", "participant"], name="one_completion_each")
        ]

    def __str__(self):
        return f"{self.participant} finished {self.module}"


class Delivery(models.Model):
    """A module delivered in a training session, by trainers from the project; young people
    may be co-trainers."""

    module = models.ForeignKey(TrainingModule, on_delete=models.CASCADE, related_name="deliveries")
    session = models.OneToOneField(Session, on_delete=models.CASCADE, related_name="delivery")
    trainers = models.ManyToManyField(Participant, related_name="trainings_given")
    co_trainers = models.ManyToManyField(Participant, blank=True, related_name="trainings_co_given")

    class Meta:
        verbose_name_plural = "deliveries"

    def __str__(self):
        return f"{self.module} at {self.session}"

    @property
    def project(self):
        return self.module.project
