"""How co-produced a project is: ratings on the ladder of participation, and the stored edits
of the project's report. The pages that show them are in sessions/evidence/."""

import uuid

from django.conf import settings
from django.db import models

from projects.models.projects import Project


class Rung(models.TextChoices):
    """The ladder of participation, lowest first."""

    INFORMING = "informing", "Informing"
    CONSULTATION = "consultation", "Consultation"
    ENGAGEMENT = "engagement", "Engagement"
    CO_DESIGN = "co_design", "Co-design"
    CO_PRODUCTION = "co_production", "Co-production"


# The ladder of participation in plain words, lowest rung first.
RUNG_MEANINGS = {
    Rung.INFORMING: "People are told what has been decided. They have no say.",
    Rung.CONSULTATION: "People are asked what they think, but others decide.",
    Rung.ENGAGEMENT: "People are listened to and can shape some things, but others still lead.",
    Rung.CO_DESIGN: "People who use services design things together with staff, as equals.",
    Rung.CO_PRODUCTION: "Everyone shares the work, the power and the decisions from start to "
    "finish.",
}


def _random_key():
    return uuid.uuid4()


class LadderRating(models.Model):
    """One anonymous answer to "how co-produced is this project?".

    It keeps the rater's role and the month, nothing else: no person, no exact time, and a
    random key, so no page, export or admin list can tie it back to who gave it.
    """

    id = models.UUIDField(primary_key=True, default=_random_key, editable=False)
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="ladder_ratings")
    role = models.CharField(max_length=20)
    rung = models.CharField(max_length=20, choices=Rung.choices)
    month = models.DateField(help_text="The first day of the month it was given.")

    def __str__(self):
        return f"{self.get_rung_display()} ({self.month:%B %Y})"


class LadderRater(models.Model):
    """That someone has rated a project (so they rate once), never what they said."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rated_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="rate_a_project_once")
        ]

    def __str__(self):
        return f"Rated {self.project} on {self.rated_on}"


class ReportEdit(models.Model):
    """A lead's own words for one section of the project report, kept instead of the text
    written from the records until the lead goes back to that."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="report_edits")
    section = models.CharField(max_length=30)
    text = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    edited_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "section"], name="one_edit_per_section")
        ]

    def __str__(self):
        return f"{self.section} ({self.project})"
