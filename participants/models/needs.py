"""What helps a person take part (their support needs) and what they have agreed to
(consent)."""

from django.db import models
from django.utils import timezone

from participants.models.accounts import User
from participants.models.membership import Participant


class SupportNeeds(models.Model):
    """What helps one participant take part. Seen by them, leads and facilitators only."""

    class Access(models.TextChoices):
        BSL = "bsl", "British Sign Language (BSL) interpreter"
        STEP_FREE = "step_free", "Step-free access"
        EASY_READ = "easy_read", "Easy read papers"
        LARGE_PRINT = "large_print", "Large print"

    class When(models.TextChoices):
        WEEKDAY_DAYTIME = "weekday_daytime", "Weekdays in the daytime"
        EVENINGS = "evenings", "Evenings"
        WEEKENDS = "weekends", "Weekends"

    class Contact(models.TextChoices):
        EMAIL = "email", "Email"
        TEXT = "text", "Text message"
        PHONE = "phone", "Phone call"
        WORKER = "worker", "Through my worker or the person who invited me"
        POST = "post", "A letter in the post"
        SITE = "site", "Only on this website: I will look at my messages here"

    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="support_needs"
    )
    childcare = models.BooleanField("I need childcare to take part", default=False)
    travel = models.BooleanField("I need help with travel", default=False)
    access = models.JSONField(default=list, blank=True)
    dietary = models.CharField("food I can't eat", max_length=300, blank=True)
    availability = models.JSONField("when I can come", default=list, blank=True)
    preferred_contact = models.CharField(max_length=10, choices=Contact.choices, blank=True)
    phone = models.CharField("phone number", max_length=30, blank=True)
    in_my_own_words = models.TextField("anything else that would help", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "support needs"

    def __str__(self):
        return f"Support needs of {self.participant.display_name}"

    @property
    def access_labels(self):
        """The access needs in words, e.g. ["Step-free access", "Large print"]."""
        return _labels(self.access, self.Access)

    @property
    def availability_labels(self):
        """When the person can come, in words, e.g. ["Evenings"]."""
        return _labels(self.availability, self.When)

    def in_words(self):
        """This person's needs as short phrases, for any page that says them in a line."""
        words = []
        if self.childcare:
            words.append("Childcare")
        if self.travel:
            words.append("Help with travel")
        words += self.access_labels
        if self.dietary:
            words.append(f"Food: {self.dietary}")
        if self.availability:
            words.append("Can come: " + ", ".join(self.availability_labels).lower())
        return words


def _labels(values, choices):
    labels = dict(choices.choices)
    return [labels.get(value, value) for value in values]


class Consent(models.Model):
    """One answer to one consent question, with the exact words the person was shown."""

    class Purpose(models.TextChoices):
        DATA = "data", "Using my information for the project"
        PHOTOS = "photos", "Photos of me"
        CONTACT = "contact", "Being contacted"

    class Level(models.TextChoices):
        NO = "no", "No"
        YES = "yes", "Yes"
        PHOTOS_INSIDE = "inside", "Inside the project only"
        PHOTOS_REPORTS = "reports", "Inside the project and in reports"
        PHOTOS_PUBLIC = "public", "Anywhere, including in public"

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=10, choices=Purpose.choices)
    level = models.CharField(max_length=10, choices=Level.choices)
    text_shown = models.TextField()
    given_at = models.DateTimeField(default=timezone.now)
    given_under_18 = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        User,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Someone else who wrote down a consent given on paper.",
    )

    class Meta:
        ordering = ["-given_at", "-pk"]

    def __str__(self):
        return f"{self.get_purpose_display()}: {self.get_level_display()}"
