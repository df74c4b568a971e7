"""Places on the working group: a lead opens a round of places with who may apply, a few
questions in plain words, a closing date, a panel that includes a young person and the term the
new members serve. People apply (once), the panel each give a view, the lead offers places up
to the number, and those offered accept or turn the place down.

Applications are the applicant's own data (sessions/evidence/personal_data.py). Panel views are
seen only by the panel and the project leads.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from participants.models import GroupTerm, Participant
from projects.models import Project

DEFAULT_QUESTIONS = [
    "Why would you like to join?",
    "What would you bring?",
    "When can you come?",
]
MIN_QUESTIONS, MAX_QUESTIONS = 2, 4


def link_code():
    return secrets.token_urlsafe(12)


class PlacesRound(models.Model):
    class WhoMayApply(models.TextChoices):
        YOUNG_PEOPLE = "young_people", "Young people in this project"
        MEMBERS = "members", "Anyone in this project"
        LINK = "link", "Only people you send the link to (for example from your network)"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="places_rounds")
    places = models.PositiveSmallIntegerField("how many places")
    who_may_apply = models.CharField(max_length=20, choices=WhoMayApply.choices)
    link_code = models.CharField(max_length=32, default=link_code, unique=True)
    questions = models.JSONField(default=list)
    closes_on = models.DateField("closing date")
    term_starts = models.DateField("term starts")
    term_ends = models.DateField("term ends")
    panel = models.ManyToManyField(Participant, related_name="places_panels")
    # The round whose members this one replaces: the hand-over to the next members.
    follows = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="next_rounds"
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    opened_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]

    def __str__(self):
        return f"{self.places} places on the working group of {self.project}"

    def get_absolute_url(self):
        return reverse("working_group:round", kwargs={"slug": self.project.slug, "pk": self.pk})

    def is_open(self, today=None):
        return self.decided_at is None and (today or timezone.localdate()) <= self.closes_on


class Application(models.Model):
    class Status(models.TextChoices):
        APPLIED = "applied", "Applied"
        WITHDRAWN = "withdrawn", "Withdrawn"
        OFFERED = "offered", "Offered a place"
        NOT_OFFERED = "not_offered", "Not offered a place this time"
        ACCEPTED = "accepted", "Accepted the place"
        DECLINED = "declined", "Turned the place down"

    round = models.ForeignKey(PlacesRound, on_delete=models.CASCADE, related_name="applications")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="group_applications"
    )
    answers = models.JSONField(default=list)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.APPLIED)
    applied_at = models.DateTimeField(default=timezone.now)
    changed_at = models.DateTimeField(default=timezone.now)
    term = models.OneToOneField(
        GroupTerm, on_delete=models.SET_NULL, null=True, blank=True, related_name="application"
    )

    class Meta:
        ordering = ["applied_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "participant"], name="one_application_a_round")
        ]

    def __str__(self):
        return f"{self.participant} for {self.round}"

    def get_absolute_url(self):
        return reverse(
            "working_group:application",
            kwargs={
                "slug": self.round.project.slug,
                "pk": self.round_id,
                "application_pk": self.pk,
            },
        )

    @property
    def project(self):
        return self.round.project

    @property
    def questions_and_answers(self):
        return list(zip(self.round.questions, self.answers, strict=False))


class PanelView(models.Model):
    class View(models.TextChoices):
        YES = "yes", "Yes"
        MAYBE = "maybe", "Maybe"
        NO = "no", "No"

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="views")
    member = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    view = models.CharField(max_length=10, choices=View.choices)
    note = models.CharField(max_length=500, blank=True)
    given_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["given_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "member"], name="one_view_a_panel_member"
            )
        ]

    def __str__(self):
        return f"{self.member}: {self.view} on {self.application}"
