from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from participants.models import Invitation, Notification, Participant, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "display_name", "is_active", "is_staff", "date_joined"]
    list_filter = ["is_active", "is_staff", "is_superuser"]
    search_fields = ["email", "display_name"]
    fieldsets = [
        (None, {"fields": ["email", "display_name", "password"]}),
        ("Access", {"fields": ["is_active", "is_staff", "is_superuser", "groups"]}),
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
