from django.contrib import admin

from projects.models import Decision, GlossaryTerm, Project, StageChange


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "stage", "is_public", "created_at"]
    list_filter = ["stage", "is_public"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    raw_id_fields = ["created_by"]


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
