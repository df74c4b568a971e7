"""An organisation's own retention periods, and legal holds that stop records being removed.

The periods themselves, and what each kind of record is, are registered in
`projects/registries/retention.py`; `projects/retention/` applies them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from projects.models.projects import Organisation, Project


class RetentionOverride(models.Model):
    """One organisation keeping one kind of record for longer (or shorter) than the default."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="retention_overrides"
    )
    record_key = models.CharField("kind of record", max_length=60)
    months = models.PositiveIntegerField("keep for (months)")
    reason = models.TextField("why the organisation keeps it for this long", blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["organisation__name", "record_key"]
        verbose_name = "retention period of an organisation"
        verbose_name_plural = "retention periods of organisations"
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "record_key"], name="one_retention_override_per_kind"
            )
        ]

    def __str__(self):
        return f"{self.organisation}: {self.record_key} for {self.months} months"

    def clean(self):
        from projects.registries.retention import months_in_words, retention

        record_type = retention.get(self.record_key)
        if record_type is None or not record_type.per_project:
            raise ValidationError({"record_key": "Choose a kind of record from the list."})
        if self.months is None or self.months < 1:
            raise ValidationError({"months": "Keep it for at least one month."})
        floor = record_type.floor_months
        if floor is not None and self.months < floor:
            raise ValidationError(
                {
                    "months": f"The law asks for {record_type.name.lower()} to be kept for at "
                    f"least {months_in_words(floor)}: choose {floor} months or more."
                }
            )


class LegalHoldQuerySet(models.QuerySet):
    def in_force(self):
        return self.filter(lifted_at__isnull=True)


class LegalHold(models.Model):
    """Nothing of a project, or of one person, is removed while a hold is in force: for a
    complaint, an investigation, a claim in court or a request from the police."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="legal_holds"
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="legal_holds",
    )
    reason = models.TextField("why the records must be kept")
    placed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    placed_at = models.DateTimeField(default=timezone.now)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    lifted_at = models.DateTimeField(null=True, blank=True)

    objects = LegalHoldQuerySet.as_manager()

    class Meta:
        ordering = ["-placed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(project__isnull=False, person__isnull=True)
                | Q(project__isnull=True, person__isnull=False),
                name="legal_hold_on_a_project_or_a_person",
            )
        ]

    def __str__(self):
        held = self.project if self.project_id else self.person
        return f"Legal hold on {held}"

    def clean(self):
        if (self.project_id is None) == (self.person_id is None):
            raise ValidationError("Choose either a project or a person, not both.")

    @property
    def in_force(self):
        return self.lifted_at is None
