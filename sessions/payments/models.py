"""Paid involvement: a project's payment terms and rate card, and people's claims for their
time and expenses, from attendance to paid.

Money is whole pence. A claim copies the rate it was made at, so changing the rate card never
changes a past claim. Bank details are never stored: only how the person chose to be paid.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from projects.models import Project, Spend
from projects.roles import Role
from sessions.meetings.models import Session


class PaymentTerms(models.Model):
    """What a lead sets for paying people in one project (the policy text is on the project)."""

    project = models.OneToOneField(Project, on_delete=models.CASCADE, related_name="payment_terms")
    paid_within_days = models.PositiveSmallIntegerField(
        "pay claims within this many days of the session", default=14
    )
    preparation_minutes = models.PositiveSmallIntegerField(
        "preparation time people may claim for each session (minutes)",
        default=0,
        help_text="0 if the policy does not pay for preparation.",
    )
    notice_pence = models.PositiveIntegerField(
        "tell people when their payments this tax year come near",
        null=True,
        blank=True,
        help_text="For example the amount above which payments may affect welfare benefits.",
    )
    # A cash bus fare or a lift has no receipt: travel up to this much may be claimed without
    # one, and the approver sees that it was. 0: travel only against a receipt.
    travel_without_receipt_pence = models.PositiveIntegerField(
        "travel people may claim without a receipt, up to", default=1000
    )

    class Meta:
        verbose_name_plural = "payment terms"

    def __str__(self):
        return f"Payment terms of {self.project}"


# On the rate card beside the roles: young people who help to run a training session, paid for
# it at the trainer rate rather than their role's.
CO_TRAINER = "co_trainer"
CO_TRAINER_LABEL = "Young co-trainers, for a training session they help to run"


class Rate(models.Model):
    """One line of the rate card: how much, per what, for which roles, from which day."""

    class Per(models.TextChoices):
        HOUR = "hour", "Per hour"
        SESSION = "session", "Per session"
        FLAT = "flat", "Flat fee"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="rates")
    per = models.CharField("paid", max_length=10, choices=Per.choices)
    amount_pence = models.PositiveIntegerField()
    roles = models.JSONField(default=list, help_text="Role values this rate is for.")
    valid_from = models.DateField("from")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-valid_from", "-pk"]

    def __str__(self):
        return f"{self.get_per_display()} from {self.valid_from}"

    def get_roles_display(self):
        labels = dict(Role.choices) | {CO_TRAINER: CO_TRAINER_LABEL}
        return [labels.get(role, role) for role in self.roles]


class Route(models.TextChoices):
    BANK = "bank", "Bank transfer"
    VOUCHER = "voucher", "Voucher"
    PREPAID_CARD = "prepaid_card", "Prepaid card"
    CASH = "cash", "Cash"
    LOWER = "lower", "A lower amount"
    NONE = "none", "No payment for my time (expenses only)"


class ClaimQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(status=Claim.Status.WAITING)

    def to_pay(self):
        return self.filter(status=Claim.Status.APPROVED)

    def open(self):
        return self.filter(status__in=[Claim.Status.WAITING, Claim.Status.APPROVED])


class Claim(models.Model):
    """One person's claim for one session: their time and their expenses."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting for a lead"
        APPROVED = "approved", "Approved, to be paid"
        DECLINED = "declined", "Declined"
        PAID = "paid", "Paid"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="claims")
    participant = models.ForeignKey(Participant, on_delete=models.PROTECT, related_name="claims")
    session = models.ForeignKey(Session, on_delete=models.PROTECT, related_name="claims")
    minutes = models.PositiveIntegerField("time claimed (minutes)", default=0)
    # The rate the claim was made at, copied: the rate card may change later.
    rate = models.ForeignKey(
        Rate, on_delete=models.SET_NULL, null=True, blank=True, related_name="claims"
    )
    rate_per = models.CharField(max_length=10, choices=Rate.Per.choices, blank=True)
    rate_pence = models.PositiveIntegerField(default=0)
    route = models.CharField("how to be paid", max_length=20, choices=Route.choices)
    time_pence = models.PositiveIntegerField("for time", default=0)
    expenses_pence = models.PositiveIntegerField("expenses", default=0)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    submitted_at = models.DateTimeField(default=timezone.now)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="Who typed the claim in: the person, or a lead for someone taking part offline.",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    decline_reason = models.TextField(blank=True)
    under_18_checked = models.BooleanField(default=False)
    paid_on = models.DateField(null=True, blank=True)
    paid_by_route = models.CharField(max_length=20, choices=Route.choices, blank=True)
    paid_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # The project spending row for this payment: the funding view counts it once, there.
    spend = models.OneToOneField(
        Spend, on_delete=models.SET_NULL, null=True, blank=True, related_name="claim"
    )

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["submitted_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "session"], name="one_claim_per_person_per_session"
            )
        ]

    def __str__(self):
        return f"Claim {self.pk} for {self.session}"

    def get_absolute_url(self):
        return reverse("payments:claim", kwargs={"slug": self.project.slug, "pk": self.pk})

    @property
    def total_pence(self):
        return self.time_pence + self.expenses_pence

    @property
    def is_open(self):
        return self.status == self.Status.WAITING


def receipt_path(instance, filename):
    return f"receipts/{instance.claim.project_id}/{instance.claim_id}/{filename}"


class Expense(models.Model):
    """Money someone spent to take part, repaid against a receipt. Not income."""

    class Kind(models.TextChoices):
        TRAVEL = "travel", "Travel"
        CHILDCARE = "childcare", "Childcare"
        OTHER = "other", "Other"

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="expenses")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    amount_pence = models.PositiveIntegerField()
    description = models.CharField(max_length=200, blank=True)
    receipt = models.FileField(upload_to=receipt_path, blank=True)
    receipt_type = models.CharField(max_length=40, blank=True)
    # Travel with no receipt (a cash bus fare, a lift), declared by the person: shown to the
    # approver as such.
    declared = models.BooleanField("no receipt: declared by the person", default=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_kind_display()} for claim {self.claim_id}"
