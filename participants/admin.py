from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from participants.models import (
    Consent,
    Invitation,
    Notification,
    Participant,
    SupportNeeds,
    User,
)


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = [
        "email",
        "username",
        "display_name",
        "is_active",
        "is_organiser",
        "is_staff",
        "date_joined",
    ]
    list_filter = ["is_active", "is_organiser", "is_staff", "is_superuser"]
    search_fields = ["email", "username", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "username", "display_name", "password"]}),
        ("Texts", {"fields": ["mobile", "wants_texts"]}),
        ("Access", {"fields": ["is_active", "is_organiser", "is_staff", "is_superuser", "groups"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "display_name", "password1", "password2"]})
    ]
    filter_horizontal = ["groups"]


@admin.register(Participant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ["display_name", "project", "role", "status", "in_working_group", "joined_at"]
    list_filter = ["role", "status", "in_working_group", "project"]
    search_fields = ["display_name", "user__email", "project__title"]
    list_select_related = ["project", "user"]
    raw_id_fields = ["user", "invited_by"]


@admin.register(SupportNeeds)
class SupportNeedsAdmin(admin.ModelAdmin):
    """Support needs are private to the person and those planning their support: among site
    admins, only superusers may open them, whatever permissions a staff account is given."""

    list_display = ["participant", "childcare", "travel", "updated_at"]
    list_select_related = ["participant__project"]
    raw_id_fields = ["participant"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser


@admin.register(Consent)
class ConsentAdmin(admin.ModelAdmin):
    """Consent answers are evidence of what someone agreed to: readable, never edited here."""

    list_display = ["participant", "purpose", "level", "given_at", "given_under_18", "withdrawn_at"]
    list_filter = ["purpose", "level", "given_under_18"]
    list_select_related = ["participant__project"]
    readonly_fields = [
        "participant",
        "purpose",
        "level",
        "text_shown",
        "given_at",
        "given_under_18",
        "withdrawn_at",
        "recorded_by",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["code", "project", "role", "email", "name", "invited_by", "expires_at"]
    list_filter = ["role", "project"]
    search_fields = ["code", "email", "name", "project__title"]
    list_select_related = ["project", "invited_by"]
    raw_id_fields = ["invited_by", "accepted_by", "participant"]
    readonly_fields = ["created_at", "last_sent_at", "send_count", "accepted_at"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["subject", "user", "project", "is_essential", "created_at", "emailed_at"]
    list_filter = ["is_essential", "emailed_at"]
    search_fields = ["subject", "user__email"]
    list_select_related = ["user", "project"]
    raw_id_fields = ["user", "project"]
    readonly_fields = ["created_at"]
