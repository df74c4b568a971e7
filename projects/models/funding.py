"""Partners, what each gives (money, costs met, help in kind) and what is spent."""

from django.conf import settings
from django.db import models

from projects.models.projects import Organisation, Project


class SpendCategory(models.TextChoices):
    FACILITATORS = "facilitators", "Design facilitators"
    MATERIALS = "materials", "Materials"
    TRAVEL = "travel", "Travel"
    EXPENSES = "expenses", "Other expenses"
    VENUES = "venues", "Venues"
    PARTICIPANTS = "participants", "Participants' payments and costs"


class Partner(models.Model):
    class PartnerRole(models.TextChoices):
        LEAD = "lead", "Leads the project"
        FUNDER = "funder", "Funder"
        VENUE = "venue", "Provides venues"
        FACILITATOR = "facilitator", "Facilitates sessions"
        PARTICIPANTS = "participants", "Brings participants"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="partnerships"
    )
    roles = models.JSONField(default=list, help_text="One or more of PartnerRole.")
    contact_name = models.CharField("contact person", max_length=120, blank=True)
    contact_email = models.EmailField("contact email", blank=True)
    contact_phone = models.CharField("contact phone", max_length=30, blank=True)
    postal_address = models.TextField(
        "address for letters",
        max_length=300,
        blank=True,
        help_text="Printed on letters the project writes for people, such as about payments.",
    )
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organisation"], name="partner_once_per_project"
            )
        ]

    def __str__(self):
        return f"{self.organisation} in {self.project}"

    @classmethod
    def roles_lead(cls, roles):
        """Whether a partner with these roles leads its project (a project may have several)."""
        return cls.PartnerRole.LEAD in (roles or [])

    @property
    def leads(self):
        return self.roles_lead(self.roles)

    def get_roles_display(self):
        labels = dict(self.PartnerRole.choices)
        return [labels.get(role, role) for role in self.roles]


class FundingContribution(models.Model):
    class Kind(models.TextChoices):
        CASH = "cash", "Money"
        COSTS_MET = "costs_met", "Costs met directly"
        IN_KIND = "in_kind", "In kind (given, not paid for)"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="funding")
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="contributions")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    amount_pence = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Empty when the value is not known."
    )
    covers = models.JSONField(default=list, help_text="SpendCategory values this pays for.")
    description = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind="cash") | models.Q(amount_pence__isnull=False),
                name="cash_contribution_has_an_amount",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} from {self.partner.organisation}"


class Spend(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="spending")
    category = models.CharField(max_length=20, choices=SpendCategory.choices)
    amount_pence = models.PositiveBigIntegerField()
    spent_on = models.DateField()
    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="spending",
        help_text="Whose money paid for it, if known.",
    )
    note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-spent_on", "-pk"]
        verbose_name_plural = "spending"

    def __str__(self):
        return f"{self.get_category_display()} on {self.spent_on}"
