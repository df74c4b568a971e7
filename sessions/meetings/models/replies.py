"""Replies and attendance, reminders, calendar settings and photos of what was made.

`Attendance` is the attendance record: `Attendance.objects.for_project(p).attended()` with
`session.length` is what payment claims and the participation figures build on.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from participants.models import Participant
from projects.files.images import StoredImage
from sessions.meetings.models.sessions import Session


class AttendanceQuerySet(models.QuerySet):
    def attended(self):
        """People who came, to sessions that went ahead: what claims and figures count."""
        return self.filter(attended=True).exclude(session__status=Session.Status.CANCELLED)

    def for_project(self, project):
        return self.filter(session__project=project)


class Attendance(models.Model):
    """One person and one session: their reply, what they need this time, and whether they came.

    `attended` is the attendance record (payment claims and participation figures read it).
    """

    class Reply(models.TextChoices):
        YES = "yes", "Yes, I'll come"
        MAYBE = "maybe", "Maybe"
        NO = "no", "No, I can't come"
        WAITING = "waiting", "On the waiting list"

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="attendances"
    )
    reply = models.CharField(max_length=10, choices=Reply.choices, blank=True)
    answer_1 = models.CharField(max_length=300, blank=True)
    answer_2 = models.CharField(max_length=300, blank=True)
    answer_3 = models.CharField(max_length=300, blank=True)
    needs_childcare = models.BooleanField("I need childcare this time", default=False)
    needs_travel = models.BooleanField("I need help with travel this time", default=False)
    needs_other = models.CharField(
        "anything else I need this time", max_length=300, blank=True, help_text="Access, food…"
    )
    show_name = models.BooleanField(
        "show my name to others in the project on the list of who is coming", default=False
    )
    replied_at = models.DateTimeField(null=True, blank=True)
    waiting_since = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Someone who typed in a reply given on paper or by phone.",
    )
    attended = models.BooleanField(default=False)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        ordering = ["session", "participant__display_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="one_attendance_per_person_per_session"
            )
        ]

    def __str__(self):
        return f"{self.participant.display_name} – {self.session}"

    def answers(self):
        """[(question, answer)] for the session's questions this person answered."""
        given = {1: self.answer_1, 2: self.answer_2, 3: self.answer_3}
        return [(q, given[n]) for n, q in self.session.questions if given[n]]

    @property
    def takes_a_place(self):
        return self.reply == self.Reply.YES


class Reminder(models.Model):
    """A reminder sent: one per person, session and kind, so none is ever sent twice."""

    class Kind(models.TextChoices):
        DAY_BEFORE = "day_before", "The day before"
        NUDGE = "nudge", "Please reply"
        HOW_WAS_TODAY = "how_was_today", "How was today?"

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="reminders")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant", "kind"], name="one_reminder_of_each_kind"
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.session} for {self.participant.display_name}"


class CalendarSettings(models.Model):
    """A person's calendar feed address and reminder choice, across all their projects."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_settings"
    )
    feed_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    reminders_on = models.BooleanField("send me session reminders", default=True)

    class Meta:
        verbose_name_plural = "calendar settings"

    def __str__(self):
        return f"Calendar settings of {self.user}"


def photo_path(instance, filename):
    """Where session photos went before they were kept under random names; old migrations
    name it."""
    return f"sessions/{instance.session.project_id}/{instance.session_id}/{filename}"


class SessionPhoto(StoredImage):
    """A photo of what was made at a session, re-encoded without metadata, members only."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="photos")
    tagged = models.ManyToManyField(Participant, blank=True, related_name="+")

    class Meta(StoredImage.Meta):
        pass

    def image_folder(self):
        return f"sessions/{self.session.project_id}/{self.session_id}"
