from django.contrib import admin
from django.db import models

from projects.models import FundingContribution, Organisation, Partner, Project, Spend
from projects.money import format_pence


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["title", "stage", "is_public", "created_at"]
    list_filter = ["stage", "is_public"]
    search_fields = ["title", "summary", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    raw_id_fields = ["created_by"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "website", "created_at"]
    list_filter = ["kind"]
    search_fields = ["name", "website"]
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
