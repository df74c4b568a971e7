"""Keeping people safe: who the project's safeguarding leads are, the concerns people raise
with them (and what was done about each), the vetting checks of the people who run
sessions, what a person coming to a session tells its runners in case of an emergency, and
"How was today?" after it.

A concern is seen only by the project's safeguarding leads. Its words never go into a cache,
an export, a personal-data download, an email or the audit trail: its `__str__` is a number.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from participants.models import Participant
from projects.models import Project
from sessions.meetings.models import Session


class SafeguardingLead(models.Model):
    """A member named by the project lead to receive and act on concerns."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="safeguarding_leads"
    )
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    named_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    named_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "participant"], name="one_safeguarding_lead_row_a_person"
            )
        ]

    def __str__(self):
        return f"Safeguarding lead {self.participant_id}"


class Concern(models.Model):
    class Category(models.TextChoices):
        WELFARE = "welfare", "I am worried about a young person's safety or wellbeing"
        CONDUCT = "conduct", "I am worried about how an adult has behaved"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"

    class Finding(models.TextChoices):
        # What an inquiry into an allegation concluded, in the words of the guidance on
        # allegations against adults; it sets how long the record is kept.
        SUBSTANTIATED = "substantiated", "Substantiated: there was enough to show it happened"
        UNSUBSTANTIATED = "unsubstantiated", "Unsubstantiated: not enough to show it either way"
        UNFOUNDED = "unfounded", "Unfounded: nothing to support it"
        FALSE = "false", "False: shown not to have happened"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="concerns")
    # Made when the form is shown and sent back with it: sending the form twice saves one concern.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    category = models.CharField(max_length=10, choices=Category.choices)
    what_happened = models.TextField("what you saw, heard or were told")
    when_text = models.CharField("when it happened", max_length=200, blank=True)
    people_text = models.TextField("who was involved", blank=True)
    people = models.ManyToManyField(Participant, blank=True, related_name="+")
    raised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    raised_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    closing_note = models.TextField(blank=True)
    finding = models.CharField("what was found", max_length=20, choices=Finding.choices, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-raised_at", "-pk"]

    def __str__(self):
        # Never the words: this is what the audit trail keeps.
        return f"Concern {self.pk}"

    @property
    def is_allegation(self):
        return self.category == self.Category.CONDUCT

    @property
    def is_open(self):
        return self.status == self.Status.OPEN


class ConcernAction(models.Model):
    """Something someone did about a concern: who, what and when."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="actions")
    what = models.TextField("what was done")
    done_by = models.CharField("who did it", max_length=120)
    done_at = models.DateTimeField("when")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["done_at", "pk"]

    def __str__(self):
        return f"Action {self.pk} on concern {self.concern_id}"


class Referral(models.Model):
    """Passing a concern to someone outside the project, by a day."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="referrals")
    to = models.CharField("referred to", max_length=200)
    due_on = models.DateField("to be made by", null=True, blank=True)
    made_on = models.DateField("made on", null=True, blank=True)
    note = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self):
        return f"Referral {self.pk} of concern {self.concern_id}"

    def is_late(self, today):
        return self.made_on is None and self.due_on is not None and today > self.due_on


class Vetting(models.Model):
    """One check that someone may work with young people. The newest record for a person is
    the one that counts. Only the certificate's last four characters are kept."""

    class Scheme(models.TextChoices):
        PVG = "pvg", "PVG (Protecting Vulnerable Groups, Scotland)"
        DBS = "dbs", "DBS (Disclosure and Barring Service, England and Wales)"
        OTHER = "other", "Another check"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="vetting")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="vetting_records"
    )
    scheme = models.CharField(max_length=10, choices=Scheme.choices)
    level = models.CharField(
        max_length=80, help_text="For example: PVG scheme membership, enhanced."
    )
    certificate_end = models.CharField(
        "last four characters of the certificate number", max_length=4
    )
    checked_on = models.DateField("checked on")
    checked_by = models.CharField("checked by", max_length=80)
    renews_on = models.DateField("renewal date")
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-checked_on", "-pk"]

    def __str__(self):
        return f"Vetting {self.pk}"

    def is_current(self, today):
        return self.renews_on >= today


class SafetyInfo(models.Model):
    """What one person coming to one session wants its runners to know in an emergency: who to
    call, and anything about their health. Seen only by the people who run that session, and
    deleted 7 days after it ends. Like a concern, its `__str__` carries none of it."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="safety_info")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    contact_name = models.CharField("emergency contact's name", max_length=120, blank=True)
    contact_phone = models.CharField("emergency contact's phone number", max_length=30, blank=True)
    contact_relationship = models.CharField("who they are to you", max_length=60, blank=True)
    health_notes = models.TextField("health notes", blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["participant__display_name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="one_safety_info_a_person_a_session"
            )
        ]

    def __str__(self):
        return f"Safety information {self.pk}"


class DayAnswer(models.Model):
    """One person's answer to "How was today?" after a session they came to. A worry they tick
    becomes a concern for the safeguarding leads (`concern`), and its words are kept there,
    not here."""

    class Feeling(models.TextChoices):
        GOOD = "good", "Good"
        OKAY = "okay", "Okay"
        NOT_GOOD = "not_good", "Not good"

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="day_answers")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    feeling = models.CharField(max_length=10, choices=Feeling.choices)
    words = models.TextField(blank=True)
    # The person agreed that the people who ran the session may read their name and words.
    shared = models.BooleanField(default=False)
    concern = models.OneToOneField(
        Concern, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    runners_told_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["answered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "participant"], name="one_day_answer_a_person_a_session"
            )
        ]

    def __str__(self):
        return f"How was today {self.pk}"

    @property
    def is_not_good(self):
        return self.feeling == self.Feeling.NOT_GOOD
