from django.contrib import admin

from sessions.models import (
    Attendance,
    Availability,
    CalendarSettings,
    Disruption,
    Reminder,
    Session,
    SessionPhoto,
    TimeOption,
    TimePoll,
)


class DisruptionInline(admin.TabularInline):
    model = Disruption
    extra = 0
    readonly_fields = [
        "action",
        "reason",
        "explanation",
        "old_starts_at",
        "new_starts_at",
        "by",
        "at",
    ]
    can_delete = False


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "kind", "starts_at", "status", "capacity"]
    list_filter = ["status", "kind"]
    search_fields = ["title", "project__title"]
    list_select_related = ["project"]
    raw_id_fields = ["project", "created_by"]
    readonly_fields = ["sequence", "series"]
    inlines = [DisruptionInline]


@admin.register(Attendance)
class AttendanceAdmin(admin.ModelAdmin):
    # Replies and needs are personal: the admin shows them read-only, for support only.
    list_display = ["participant", "session", "reply", "attended"]
    list_filter = ["reply", "attended"]
    list_select_related = ["participant", "session"]
    search_fields = ["participant__display_name", "session__title"]
    raw_id_fields = ["session", "participant", "recorded_by", "checked_in_by"]


@admin.register(SessionPhoto)
class SessionPhotoAdmin(admin.ModelAdmin):
    list_display = ["alt_text", "session", "uploaded_at"]
    raw_id_fields = ["session", "uploaded_by", "tagged"]
    readonly_fields = ["image", "thumbnail", "width", "height"]


class TimeOptionInline(admin.TabularInline):
    model = TimeOption
    extra = 0


@admin.register(TimePoll)
class TimePollAdmin(admin.ModelAdmin):
    list_display = ["title", "project", "created_at", "session"]
    raw_id_fields = ["project", "created_by", "session"]
    inlines = [TimeOptionInline]


@admin.register(Availability)
class AvailabilityAdmin(admin.ModelAdmin):
    list_display = ["participant", "option", "answer"]
    raw_id_fields = ["option", "participant"]


@admin.register(Reminder)
class ReminderAdmin(admin.ModelAdmin):
    list_display = ["session", "participant", "kind", "sent_at"]
    raw_id_fields = ["session", "participant"]


@admin.register(CalendarSettings)
class CalendarSettingsAdmin(admin.ModelAdmin):
    list_display = ["user", "reminders_on"]
    exclude = ["feed_token"]
    raw_id_fields = ["user"]
