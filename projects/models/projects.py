"""Projects and the organisations behind them, the history of their stages, and the audit
trail of who did what."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils.text import slugify

from projects.roles import MemberStatus


class Stage(models.TextChoices):
    SETUP = "setup", "Setting up"
    INVITING = "inviting", "Inviting people"
    DESIGNING = "designing", "Co-design sessions"
    PROTOTYPING = "prototyping", "Making prototypes"
    TESTING = "testing", "Testing prototypes"
    OUTCOMES = "outcomes", "Putting ideas into practice"
    WORKING_GROUP = "working_group", "Working group"


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CHARITY = "charity", "Charity"
        COUNCIL = "council", "Council"
        RESEARCH = "research", "Research institute"
        DESIGN_AGENCY = "design_agency", "Design agency"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
    # The organisation's address on the site (its network page): made from the name once.
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    website = models.URLField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="organisation_name_unique_any_case")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = organisation_slug(self.name, taken=Organisation.objects.exclude(pk=self.pk))
        super().save(*args, **kwargs)


def organisation_slug(name, *, taken):
    """A free slug made from the name: "snook", then "snook-2", "snook-3"… on a clash."""
    base = slugify(name)[:70] or "organisation"
    used = set(taken.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 1
    while slug in used:
        n += 1
        slug = f"{base}-{n}"
    return slug


class ProjectQuerySet(models.QuerySet):
    def for_user(self, user):
        """Projects the user takes part in (not ones they have left)."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            participants__user=user, participants__status=MemberStatus.ACTIVE
        ).distinct()

    def public(self):
        return self.filter(is_public=True)

    def with_next_steps_for(self, user):
        """Each project with what the user's next step in it depends on: their role, whether
        they have said what helps them take part, and how many people wait for a yes. Adds
        subqueries, not queries: the whole list is still one query."""
        participants = self.model.participants.rel.related_model.objects  # no upward import
        mine = participants.filter(
            project=OuterRef("pk"), user=user, status=MemberStatus.ACTIVE
        ).order_by()
        waiting = (
            participants.filter(project=OuterRef("pk"), status=MemberStatus.PENDING)
            .order_by()
            .values("project")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return self.annotate(
            my_role=Subquery(mine.values("role")[:1]),
            told_needs=Exists(mine.filter(support_needs__isnull=False)),
            waiting_count=Coalesce(Subquery(waiting), 0),
        )


class Project(models.Model):
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    summary = models.TextField(
        blank=True, help_text="A few sentences about what the project is for, in plain words."
    )
    aim = models.TextField(blank=True, help_text="What the project hopes to change.")
    area = models.CharField(
        max_length=120, blank=True, help_text="Where the project happens, e.g. Argyll and Bute."
    )
    starts_on = models.DateField("start date", null=True, blank=True)
    ends_on = models.DateField("end date", null=True, blank=True)
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.SETUP)
    is_public = models.BooleanField(
        "show a public page",
        default=False,
        help_text="A public page shows the summary, partners and outcomes, never anyone's details.",
    )
    payment_policy = models.TextField(
        blank=True,
        help_text="How people who use services are paid or thanked for their time, in plain words.",
    )
    # Open join: a link anyone can use, so no one is turned away.
    open_join_enabled = models.BooleanField("allow people to join with a link", default=False)
    open_join_code = models.CharField(max_length=32, blank=True)
    open_join_needs_approval = models.BooleanField(
        "a lead says yes before people join", default=True
    )
    open_join_roles = models.JSONField(
        default=list, blank=True, help_text="Roles people may choose when they join with the link."
    )
    local_lead_roles = models.JSONField(
        default=list, blank=True, help_text="Roles local leads may invite people into."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="projects_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Goes up with every change to what the project's pages count; see projects/freshness.py.
    data_version = models.PositiveBigIntegerField(default=0, editable=False)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(starts_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="project_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        """Saving the row (its settings, its stage) is a change to what its pages show, so it
        moves the data version too; counted in the database, so saving a copy loaded before
        another change can never bring an old version back."""
        from projects.freshness import projects_changed  # it reads this model

        if self._state.adding:
            super().save(*args, **kwargs)
            projects_changed()
            return
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "data_version"}
        self.data_version = models.F("data_version") + 1
        super().save(*args, **kwargs)
        self.refresh_from_db(fields=["data_version"])
        projects_changed()

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def delete(self, *args, **kwargs):
        from projects.freshness import projects_changed

        result = super().delete(*args, **kwargs)
        projects_changed()
        return result


class StageChange(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, choices=Stage.choices, blank=True)
    to_stage = models.CharField(max_length=20, choices=Stage.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField()
    reason = models.TextField(blank=True)
    forced = models.BooleanField(
        default=False, help_text="Moved forward before the stage's required tasks were done."
    )

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.project}: {self.from_stage or 'start'} → {self.to_stage}"


class AuditEntry(models.Model):
    """One thing someone did, kept so a lead or an administrator can see who did what, when.

    Written only through `projects.audit.audit_record`. The target is remembered by type and id,
    and in words, so the entry still reads sensibly after the object is deleted.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the system acted, or when the person's account was deleted.",
    )
    action = models.CharField(max_length=60, db_index=True)
    target_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, blank=True, on_delete=models.SET_NULL
    )
    target_id = models.CharField(max_length=64, blank=True)
    target_text = models.CharField(max_length=200, blank=True)
    project = models.ForeignKey(
        "projects.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    at = models.DateTimeField(db_index=True)
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name_plural = "audit entries"
        indexes = [
            models.Index(fields=["project", "-at"]),
            models.Index(fields=["target_type", "target_id"]),
        ]

    def __str__(self):
        return f"{self.action}: {self.target_text}"
