import re
import secrets
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse

from projects.images import StoredImage
from projects.roles import MemberStatus
from projects.uploads import describe_content_type


class Stage(models.TextChoices):
    SETUP = "setup", "Setting up"
    INVITING = "inviting", "Inviting people"
    DESIGNING = "designing", "Co-design sessions"
    PROTOTYPING = "prototyping", "Making prototypes"
    TESTING = "testing", "Testing prototypes"
    OUTCOMES = "outcomes", "Putting ideas into practice"
    WORKING_GROUP = "working_group", "Working group"


class SpendCategory(models.TextChoices):
    FACILITATORS = "facilitators", "Design facilitators"
    MATERIALS = "materials", "Materials"
    TRAVEL = "travel", "Travel"
    EXPENSES = "expenses", "Other expenses"
    VENUES = "venues", "Venues"
    PARTICIPANTS = "participants", "Participants' payments and costs"


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CHARITY = "charity", "Charity"
        COUNCIL = "council", "Council"
        RESEARCH = "research", "Research institute"
        DESIGN_AGENCY = "design_agency", "Design agency"
        OTHER = "other", "Other"

    name = models.CharField(max_length=200)
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
        if self._state.adding:
            return super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "data_version"}
        self.data_version = models.F("data_version") + 1
        super().save(*args, **kwargs)
        self.refresh_from_db(fields=["data_version"])

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})


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


class Decision(models.Model):
    class Group(models.TextChoices):
        EVERYONE = "everyone", "Everyone together"
        YOUNG_PEOPLE = "young_people", "Young people"
        STAFF = "staff", "Frontline staff"
        MANAGERS = "managers", "Managers"
        FACILITATORS = "facilitators", "Facilitators"
        LEAD = "lead", "Project lead"
        PARTNERS = "partners", "Partner organisations"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="decisions")
    what = models.CharField("what was decided", max_length=300)
    proposed_by = models.CharField(max_length=20, choices=Group.choices)
    decided_by = models.CharField(max_length=20, choices=Group.choices)
    young_people_voted = models.BooleanField("young people had a vote", default=False)
    result = models.TextField(blank=True, help_text="What happened as a result.")
    decided_on = models.DateField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-decided_on", "-pk"]

    def __str__(self):
        return self.what


class Outcome(models.Model):
    """Something that changed because of the project, told as "you said, we did"."""

    class Kind(models.TextChoices):
        SERVICE_CHANGE = "service_change", "A change to a service"
        RESOURCE_ADOPTED = "resource_adopted", "A resource put into use"
        TRAINING = "training", "Training"
        STRUCTURAL_CHANGE = "structural_change", "A change to how things are run"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        AGREED = "agreed", "Agreed"
        IN_PRACTICE = "in_practice", "In practice"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="outcomes")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PROPOSED)
    you_said = models.TextField("what people said")
    we_did = models.TextField("what was done")
    what_changed = models.TextField("what changed", blank=True)
    evidence = models.TextField(blank=True, help_text="Quotes, numbers, where to see it.")
    decisions = models.ManyToManyField(Decision, blank=True, related_name="outcomes")
    # Goes up each time the outcome is changed, so a review answers one version of it.
    revision = models.PositiveIntegerField(default=1)
    agreed_on = models.DateField(null=True, blank=True)
    in_practice_since = models.DateField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:outcome", kwargs={"slug": self.project.slug, "pk": self.pk})


class OutcomeReview(models.Model):
    """A member of staff or a manager says an outcome happened, or asks for changes."""

    class Verdict(models.TextChoices):
        AGREE = "agree", "It happened: I agree"
        CHANGES = "changes", "Please change it first"

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    revision = models.PositiveIntegerField()
    verdict = models.CharField(max_length=10, choices=Verdict.choices)
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["outcome", "reviewer", "revision"], name="one_review_per_version"
            )
        ]

    def __str__(self):
        return f"{self.get_verdict_display()} ({self.outcome})"


def outcome_photo_path(instance, filename):
    """Where outcome photos went before every kind of picture shared one rule; old migrations
    name it."""
    suffix = PurePosixPath(filename).suffix.lower()
    outcome = instance.outcome
    return f"outcomes/{outcome.project_id}/{outcome.pk}/{secrets.token_urlsafe(18)}{suffix}"


class OutcomePhoto(StoredImage):
    """A photo kept as evidence that an outcome happened, re-encoded without metadata.

    Members of the project only: it is never on the public page. Whoever uploads it confirms
    that nobody can be recognised in it, or that everyone who can be said yes to it being used.
    """

    outcome = models.ForeignKey(Outcome, on_delete=models.CASCADE, related_name="photos")

    class Meta(StoredImage.Meta):
        pass

    def image_folder(self):
        return f"outcomes/{self.outcome.project_id}/{self.outcome_id}"


class Reflection(models.Model):
    """What someone taking part learnt: it feeds the project's practice-example report."""

    class Kind(models.TextChoices):
        HELPED = "helped", "What helped"
        DIFFICULTY = "difficulty", "What was difficult"
        STRENGTH = "strength", "A strength of how we worked"
        ADVICE = "advice", "Advice to others"

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reflections")
    # Kept so people can find their own words in their data; never shown beside the text.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.TextField(max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:60]}"


class Rung(models.TextChoices):
    """The ladder of participation, lowest first."""

    INFORMING = "informing", "Informing"
    CONSULTATION = "consultation", "Consultation"
    ENGAGEMENT = "engagement", "Engagement"
    CO_DESIGN = "co_design", "Co-design"
    CO_PRODUCTION = "co_production", "Co-production"


def _random_key():
    return uuid.uuid4()


class LadderRating(models.Model):
    """One anonymous answer to "how co-produced is this project?".

    It keeps the rater's role and the month, nothing else: no person, no exact time, and a
    random key, so no page, export or admin list can tie it back to who gave it.
    """

    id = models.UUIDField(primary_key=True, default=_random_key, editable=False)
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="ladder_ratings")
    role = models.CharField(max_length=20)
    rung = models.CharField(max_length=20, choices=Rung.choices)
    month = models.DateField(help_text="The first day of the month it was given.")

    def __str__(self):
        return f"{self.get_rung_display()} ({self.month:%B %Y})"


class LadderRater(models.Model):
    """That someone has rated a project (so they rate once), never what they said."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rated_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "user"], name="rate_a_project_once")
        ]

    def __str__(self):
        return f"Rated {self.project} on {self.rated_on}"


class ReportEdit(models.Model):
    """A lead's own words for one section of the project report, kept instead of the text
    written from the records until the lead goes back to that."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="report_edits")
    section = models.CharField(max_length=30)
    text = models.TextField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    edited_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["project", "section"], name="one_edit_per_section")
        ]

    def __str__(self):
        return f"{self.section} ({self.project})"


class GlossaryTerm(models.Model):
    """A hard word and what it means in plain English. No project means it applies everywhere."""

    term = models.CharField(max_length=80)
    plain_meaning = models.TextField()
    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, null=True, blank=True, related_name="glossary_terms"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = [Lower("term")]
        constraints = [
            models.UniqueConstraint(
                Lower("term"), "project", name="glossary_term_once_per_project"
            ),
            models.UniqueConstraint(
                Lower("term"),
                condition=models.Q(project__isnull=True),
                name="glossary_term_once_site_wide",
            ),
        ]

    def __str__(self):
        return self.term


class Update(models.Model):
    """A post on the project's blog."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="updates")
    title = models.CharField(max_length=200)
    body = models.TextField()
    is_public = models.BooleanField(
        "show on the public page", default=True, help_text="Only when the project is public."
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    published_at = models.DateTimeField()
    for_working_group = models.BooleanField("from the working group", default=False)

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return self.title


def resource_upload_to(instance, filename):
    """A random stored name, so no one can guess a file's address; the extension is kept."""
    suffix = PurePosixPath(filename).suffix.lower()
    if not re.fullmatch(r"\.[a-z0-9]{1,5}", suffix):
        suffix = ""
    return f"projects/{instance.project_id}/resources/{secrets.token_urlsafe(18)}{suffix}"


class Resource(models.Model):
    """A file to download, e.g. the project report. Members-only files go only to members."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="resources")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    file = models.FileField(upload_to=resource_upload_to, max_length=300)
    is_public = models.BooleanField("anyone can download it", default=False)
    original_filename = models.CharField(
        max_length=120, blank=True, help_text="The name people get when they download it."
    )
    content_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField("size in bytes", default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self):
        return self.title

    @property
    def kind_label(self):
        return describe_content_type(self.content_type)


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
