"""What a project writes down: its decision log, its own words explained, its updates and its
shared files."""

import re
import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower

from projects.files.uploads import describe_content_type
from projects.models.projects import Project


class Decision(models.Model):
    class Group(models.TextChoices):
        EVERYONE = "everyone", "Everyone together"
        YOUNG_PEOPLE = "young_people", "Young people"
        STAFF = "staff", "Frontline staff"
        MANAGERS = "managers", "Managers"
        FACILITATORS = "facilitators", "Facilitators"
        LEAD = "lead", "Project lead"
        PARTNERS = "partners", "Partner organisations"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="decisions")
    what = models.CharField("what was decided", max_length=300)
    proposed_by = models.CharField(max_length=20, choices=Group.choices)
    decided_by = models.CharField(max_length=20, choices=Group.choices)
    young_people_voted = models.BooleanField("young people had a vote", default=False)
    result = models.TextField(blank=True, help_text="What happened as a result.")
    decided_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-pk"]

    def __str__(self):
        return self.what


class GlossaryTerm(models.Model):
    """A hard word and what it means in plain English. No project means it applies everywhere."""

    term = models.CharField(max_length=80)
    plain_meaning = models.TextField()
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="glossary_terms"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [Lower("term")]
        constraints = [
            models.UniqueConstraint(
                Lower("term"), "project", name="glossary_term_once_per_project"
            ),
            models.UniqueConstraint(
                Lower("term"),
                condition=models.Q(project__isnull=True),
                name="glossary_term_once_site_wide",
            ),
        ]

    def __str__(self):
        return self.term


class Update(models.Model):
    """A post on the project's blog."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    title = models.CharField(max_length=200)
    body = models.TextField()
    is_public = models.BooleanField(
        "show on the public page", default=True, help_text="Only when the project is public."
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_at = models.DateTimeField()
    for_working_group = models.BooleanField("from the working group", default=False)

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.title


def resource_upload_to(instance, filename):
    """A random stored name, so no one can guess a file's address; the extension is kept."""
    suffix = PurePosixPath(filename).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,5}", suffix):
        suffix = ""
    return f"projects/{instance.project_id}/resources/{secrets.token_urlsafe(18)}{suffix}"


class Resource(models.Model):
    """A file to download, e.g. the project report. Members-only files go only to members."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    file = models.FileField(upload_to=resource_upload_to, max_length=300)
    is_public = models.BooleanField("anyone can download it", default=False)
    original_filename = models.CharField(
        max_length=120, blank=True, help_text="The name people get when they download it."
    )
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField("size in bytes", default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def kind_label(self):
        return describe_content_type(self.content_type)
