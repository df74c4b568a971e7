from django.contrib import admin
from django.db import models

from projects.models import (
    AuditEntry,
    Decision,
    FundingContribution,
    GlossaryTerm,
    Organisation,
    OrganisationMember,
    Outcome,
    OutcomePhoto,
    OutcomeReview,
    Partner,
    Project,
    Resource,
    Spend,
    StageChange,
    Update,
)
from projects.money import format_pence
from projects.services.outcomes import outcome_delete
from projects.services.resources import resource_delete


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "stage", "is_public", "created_at"]
    list_filter = ["stage", "is_public"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    raw_id_fields = ["created_by"]


@admin.register(Update)
class UpdateAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "is_public", "for_working_group", "published_at", "author"]
    list_filter = ["is_public", "for_working_group", "published_at", "project"]
    search_fields = ["title", "body", "project__title"]
    raw_id_fields = ["project", "author"]
    date_hierarchy = "published_at"


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    """Files are added in the project, where uploads are checked; here they can be looked
    after and deleted (deleting also removes the stored file)."""

    list_display = ["title", "project", "is_public", "original_filename", "size", "uploaded_at"]
    list_filter = ["is_public", "content_type", "project"]
    search_fields = ["title", "description", "original_filename", "project__title"]
    fields = [
        "project",
        "title",
        "description",
        "is_public",
        "original_filename",
        "content_type",
        "size",
        "uploaded_by",
        "uploaded_at",
    ]
    readonly_fields = [
        "project",
        "original_filename",
        "content_type",
        "size",
        "uploaded_by",
        "uploaded_at",
    ]

    def has_add_permission(self, request):
        return False

    def delete_model(self, request, obj):
        resource_delete(resource=obj)

    def delete_queryset(self, request, queryset):
        for resource in queryset:
            resource_delete(resource=resource)


@admin.register(StageChange)
class StageChangeAdmin(admin.ModelAdmin):
    list_display = ["project", "from_stage", "to_stage", "by", "at", "forced"]
    list_filter = ["to_stage", "forced", "project"]
    search_fields = ["project__title", "reason", "by__email", "by__display_name"]
    list_select_related = ["project", "by"]
    raw_id_fields = ["project", "by"]
    date_hierarchy = "at"


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = ["what", "project", "proposed_by", "decided_by", "young_people_voted"]
    list_filter = ["proposed_by", "decided_by", "young_people_voted", "project"]
    search_fields = ["what", "result", "project__title"]
    list_select_related = ["project"]
    raw_id_fields = ["project", "recorded_by"]
    date_hierarchy = "decided_on"


class GlossaryScopeFilter(admin.SimpleListFilter):
    title = "where it applies"
    parameter_name = "scope"

    def lookups(self, request, model_admin):
        return [("site", "Everywhere"), ("project", "One project")]

    def queryset(self, request, queryset):
        if self.value() == "site":
            return queryset.filter(project__isnull=True)
        if self.value() == "project":
            return queryset.filter(project__isnull=False)
        return queryset


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "project", "created_at"]
    list_filter = [GlossaryScopeFilter, "project"]
    search_fields = ["term", "plain_meaning", "project__title"]
    list_select_related = ["project"]
    raw_id_fields = ["project", "created_by"]


class OrganisationMemberInline(admin.TabularInline):
    model = OrganisationMember
    extra = 1
    raw_id_fields = ["user"]
    fields = ["user", "is_lead", "is_safeguarding_lead", "added_at"]
    readonly_fields = ["added_at"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "website", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name", "slug", "website"]
    readonly_fields = ["slug"]
    inlines = [OrganisationMemberInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ["organisation", "project", "roles_list", "contact_name", "added_at"]
    list_filter = ["organisation__kind", "project__stage"]
    search_fields = ["organisation__name", "project__title", "contact_name", "contact_email"]
    list_select_related = ["organisation", "project"]
    raw_id_fields = ["project", "organisation"]

    @admin.display(description="roles")
    def roles_list(self, obj):
        return ", ".join(obj.get_roles_display())


@admin.register(FundingContribution)
class FundingContributionAdmin(admin.ModelAdmin):
    list_display = ["partner", "project", "kind", "amount", "description", "created_at"]
    list_filter = ["kind"]
    search_fields = ["partner__organisation__name", "project__title", "description"]
    list_select_related = ["partner__organisation", "project"]
    raw_id_fields = ["project", "partner", "created_by"]

    @admin.display(description="amount", ordering="amount_pence")
    def amount(self, obj):
        return format_pence(obj.amount_pence) or "–"


@admin.register(Spend)
class SpendAdmin(admin.ModelAdmin):
    list_display = ["spent_on", "project", "category", "amount", "partner", "note"]
    list_filter = ["category", "spent_on"]
    search_fields = ["note", "project__title", "partner__organisation__name"]
    list_select_related = ["partner__organisation", "project"]
    raw_id_fields = ["project", "partner", "created_by"]
    date_hierarchy = "spent_on"

    @admin.display(description="amount", ordering="amount_pence")
    def amount(self, obj):
        return format_pence(obj.amount_pence)


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the trail is written by the services and never edited."""

    list_display = ["at", "actor", "action", "target_text", "project"]
    list_filter = ["action", "target_type"]
    search_fields = ["action", "target_text", "project__title", "actor__email"]
    date_hierarchy = "at"
    list_select_related = ["actor", "project"]
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class OutcomeReviewInline(admin.TabularInline):
    model = OutcomeReview
    extra = 0
    fields = ["reviewer", "revision", "verdict", "note", "created_at"]
    readonly_fields = fields
    can_delete = False


class OutcomePhotoInline(admin.TabularInline):
    """What is known about each photo, never the photo: the files are shown only on the
    outcome's page, to members of its project. Photos are added and removed there too."""

    model = OutcomePhoto
    extra = 0
    fields = ["alt_text", "width", "height", "uploaded_by", "uploaded_at"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    """Deleting an outcome here also removes its photos' stored files."""

    list_display = ["title", "project", "kind", "status", "agreed_on", "in_practice_since"]
    list_filter = ["status", "kind", "project"]
    search_fields = ["title", "you_said", "we_did", "project__title"]
    raw_id_fields = ["project", "recorded_by"]
    filter_horizontal = ["decisions"]
    # Deleting an outcome here takes its photos' stored files too (codesign.runtime.stored_files).
    inlines = [OutcomeReviewInline, OutcomePhotoInline]

    def delete_model(self, request, obj):
        outcome_delete(outcome=obj)

    def delete_queryset(self, request, queryset):
        for outcome in queryset:
            outcome_delete(outcome=outcome)


from projects.retention import admin as retention_admin  # noqa: E402, F401  (its pages)
