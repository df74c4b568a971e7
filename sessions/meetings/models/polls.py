"""Finding a time: a poll of possible times, and who can come to each."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from participants.models import Participant
from projects.models import Project
from sessions.meetings.models.sessions import Kind, Session


class TimePoll(models.Model):
    """Several possible times for a session; members say which suit them."""

    # What the poll asks of the planner and copies to the session when a time is picked.
    SESSION_FIELDS = [
        "title",
        "kind",
        "description",
        "venue_name",
        "address",
        "online_link",
        "offers_travel",
        "offers_childcare",
        "offers_food",
        "capacity",
        "question_1",
        "question_2",
        "question_3",
    ]

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="time_polls")
    title = models.CharField("what the session is", max_length=120)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.WORKSHOP)
    description = models.TextField("what it is about", blank=True)
    venue_name = models.CharField("venue", max_length=120, blank=True)
    address = models.TextField(blank=True)
    online_link = models.URLField("online link", blank=True)
    # What the session will offer and ask, kept for when a time is picked.
    offers_travel = models.BooleanField("travel costs paid", default=False)
    offers_childcare = models.BooleanField("childcare provided or paid", default=False)
    offers_food = models.BooleanField("food provided", default=False)
    capacity = models.PositiveSmallIntegerField(
        "places", null=True, blank=True, help_text="Leave empty if there is no limit."
    )
    question_1 = models.CharField("question 1", max_length=200, blank=True)
    question_2 = models.CharField("question 2", max_length=200, blank=True)
    question_3 = models.CharField("question 3", max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    session = models.OneToOneField(
        Session, on_delete=models.SET_NULL, null=True, blank=True, related_name="from_poll"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def is_open(self):
        return self.session_id is None


class TimeOption(models.Model):
    poll = models.ForeignKey(TimePoll, on_delete=models.CASCADE, related_name="options")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at", "pk"]

    def __str__(self):
        return f"{timezone.localtime(self.starts_at):%a %d %b %H:%M}"


class Availability(models.Model):
    class Answer(models.TextChoices):
        YES = "yes", "Yes"
        IF_NEED_BE = "if_need_be", "If need be"
        NO = "no", "No"

    option = models.ForeignKey(TimeOption, on_delete=models.CASCADE, related_name="answers")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(max_length=12, choices=Answer.choices)
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "availability"
        constraints = [
            models.UniqueConstraint(fields=["option", "participant"], name="one_answer_per_option")
        ]

    def __str__(self):
        return f"{self.participant.display_name}: {self.get_answer_display()}"
