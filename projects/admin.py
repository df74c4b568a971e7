from django.contrib import admin

from projects.models import Decision, GlossaryTerm, Project, Resource, StageChange, Update
from projects.services import resource_delete


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "stage", "is_public", "created_at"]
    list_filter = ["stage", "is_public"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    raw_id_fields = ["created_by"]


@admin.register(Update)
class UpdateAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "is_public", "published_at", "author"]
    list_filter = ["is_public", "published_at", "project"]
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
