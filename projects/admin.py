from django.contrib import admin

from projects.models import Project, Resource, Update
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
