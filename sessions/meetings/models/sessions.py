"""Sessions: the meetings where the co-design happens, and what happens when one is disrupted.
Replies and attendance are in `replies.py`, finding a time in `polls.py`."""

from datetime import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from projects.models import Project

WORKING_DAY_STARTS = time(9, 0)
WORKING_DAY_ENDS = time(17, 0)


class Kind(models.TextChoices):
    WORKSHOP = "workshop", "Workshop"
    TESTING = "testing", "Testing session"
    PITCH = "pitch", "Pitch"
    WORKING_GROUP = "working_group", "Working-group meeting"
    TRAINING = "training", "Training"


class SessionQuerySet(models.QuerySet):
    def upcoming(self, now=None):
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())

    def going_ahead(self):
        return self.exclude(status=Session.Status.CANCELLED)


class Session(models.Model):
    """One meeting of the project: a workshop, a testing session, a working-group meeting…"""

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        POSTPONED = "postponed", "Postponed"
        MOVED_ONLINE = "moved_online", "Moved online"
        CANCELLED = "cancelled", "Cancelled"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(max_length=120)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.WORKSHOP)
    description = models.TextField("what it is about", blank=True)
    starts_at = models.DateTimeField("starts")
    ends_at = models.DateTimeField("ends")
    venue_name = models.CharField("venue", max_length=120, blank=True)
    address = models.TextField(blank=True)
    getting_there = models.TextField(
        "how to get there", blank=True, help_text="Buses, trains, parking, which door to use."
    )
    online_link = models.URLField("online link", blank=True)
    offers_travel = models.BooleanField("travel costs paid", default=False)
    offers_childcare = models.BooleanField("childcare provided or paid", default=False)
    offers_food = models.BooleanField("food provided", default=False)
    capacity = models.PositiveSmallIntegerField(
        "places", null=True, blank=True, help_text="Leave empty if there is no limit."
    )
    what_to_bring = models.TextField(blank=True)
    question_1 = models.CharField("question 1", max_length=200, blank=True)
    question_2 = models.CharField("question 2", max_length=200, blank=True)
    question_3 = models.CharField("question 3", max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PLANNED)
    # Occurrences of one repeating plan share a series number; each can change alone.
    series = models.UUIDField(null=True, blank=True, db_index=True)
    # Calendar apps update an event when its SEQUENCE grows.
    sequence = models.PositiveIntegerField(default=0)
    notes_after = models.TextField("notes from the session", blank=True)
    # Who leads, trains or supervises it: facilitators, co-trainers, young leaders. When people
    # under 18 may come, each must have a current vetting check (sessions/safeguarding).
    runners = models.ManyToManyField(
        "participants.Participant", blank=True, related_name="sessions_run"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("sessions:detail", kwargs={"slug": self.project.slug, "pk": self.pk})

    @property
    def uid(self):
        """The event's id in calendars, for good: the site's address is in it, so two Codesign
        sites never overwrite each other's events in someone's calendar."""
        site = urlsplit(settings.SITE_URL)
        return f"session-{self.pk}@{site.netloc.lower()}{site.path}"

    @property
    def questions(self):
        """[(number, question)] for the questions that were asked."""
        asked = [(1, self.question_1), (2, self.question_2), (3, self.question_3)]
        return [(n, q) for n, q in asked if q.strip()]

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_disrupted(self):
        return self.status != self.Status.PLANNED

    @property
    def is_online(self):
        return bool(self.online_link) and (
            self.status == self.Status.MOVED_ONLINE or not self.venue_name
        )

    @property
    def where(self):
        """The place in words: the venue, or "Online"."""
        if self.is_online:
            return "Online"
        return ", ".join(part for part in [self.venue_name, self.address.strip()] if part)

    @property
    def in_working_hours(self):
        """Mostly inside Monday to Friday, 9 to 5 (local time), when many people are at work
        or college."""
        starts = timezone.localtime(self.starts_at)
        ends = timezone.localtime(self.ends_at)
        return in_working_hours(starts, ends)

    @property
    def length(self):
        """How long the session lasts (a timedelta), e.g. for paying people for their time."""
        return self.ends_at - self.starts_at

    @property
    def support_offered(self):
        offered = [
            (self.offers_travel, "travel costs paid"),
            (self.offers_childcare, "childcare"),
            (self.offers_food, "food"),
        ]
        return [words for on, words in offered if on]


def in_working_hours(starts, ends):
    if starts.weekday() >= 5:
        return False
    return starts.time() < WORKING_DAY_ENDS and ends.time() > WORKING_DAY_STARTS


class Disruption(models.Model):
    """What happened to a session: postponed, cancelled or moved online, and why. The session's
    history; the newest one is the banner on its page."""

    class Action(models.TextChoices):
        POSTPONED = "postponed", "Postponed"
        CANCELLED = "cancelled", "Cancelled"
        MOVED_ONLINE = "moved_online", "Moved online"

    class Reason(models.TextChoices):
        WEATHER = "weather", "Bad weather"
        TRANSPORT = "transport", "Transport problems"
        ILLNESS = "illness", "Illness"
        VENUE = "venue", "A problem with the venue"
        OTHER = "other", "Something else"

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="disruptions")
    action = models.CharField(max_length=20, choices=Action.choices)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    explanation = models.TextField(blank=True)
    old_starts_at = models.DateTimeField()
    old_ends_at = models.DateTimeField()
    new_starts_at = models.DateTimeField(null=True, blank=True)
    new_ends_at = models.DateTimeField(null=True, blank=True)
    online_link = models.URLField(blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)
    people_told = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.session}: {self.get_action_display()} ({self.get_reason_display()})"
