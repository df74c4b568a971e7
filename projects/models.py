from django.conf import settings
from django.db import models
from django.urls import reverse

from projects.roles import MemberStatus


class Stage(models.TextChoices):
    SETUP = "setup", "Setting up"
    INVITING = "inviting", "Inviting people"
    DESIGNING = "designing", "Co-design sessions"
    PROTOTYPING = "prototyping", "Making prototypes"
    TESTING = "testing", "Testing prototypes"
    OUTCOMES = "outcomes", "Putting ideas into practice"
    WORKING_GROUP = "working_group", "Working group"


class ProjectQuerySet(models.QuerySet):
    def for_user(self, user):
        """Projects the user takes part in (not ones they have left)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            participants__user=user, participants__status=MemberStatus.ACTIVE
        ).distinct()


class Project(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.TextField(
        blank=True, help_text="A few sentences about what the project is for, in plain words."
    )
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.SETUP)
    is_public = models.BooleanField(
        "show a public page",
        default=False,
        help_text="A public page shows the summary, partners and outcomes, never anyone's details.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})
