"""The admin pages for retention periods and legal holds (imported by projects/admin.py).

An organisation's own periods: site administrators, and the organisation's leads when they
have a staff sign-in, change them; `RetentionOverride.clean` keeps finance above its legal
floor. Legal holds: site administrators place and lift them; each change is in the audit trail.
"""

import rules
from django import forms
from django.contrib import admin, messages

from projects.models import LegalHold, RetentionOverride
from projects.registries.retention import retention
from projects.retention.services.holds import legal_hold_lift, legal_hold_place
from projects.retention.services.periods import retention_period_set, retention_period_usual


class RetentionOverrideForm(forms.ModelForm):
    record_key = forms.ChoiceField(label="Kind of record", choices=())

    class Meta:
        model = RetentionOverride
        fields = ["organisation", "record_key", "months", "reason"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["record_key"].choices = [
            (t.key, f"{t.name} (usually {t.period_words()})")
            for t in retention.all()
            if t.per_project
        ]


@admin.register(RetentionOverride)
class RetentionOverrideAdmin(admin.ModelAdmin):
    form = RetentionOverrideForm
    list_display = ["organisation", "record_key", "months", "changed_by", "changed_at"]
    list_filter = ["record_key"]
    search_fields = ["organisation__name"]
    readonly_fields = ["changed_by", "changed_at"]

    def _may(self, request, obj=None):
        organisation = obj.organisation if obj is not None else None
        return rules.has_perm("projects.set_retention_period", request.user, organisation)

    has_view_permission = has_change_permission = has_delete_permission = _may

    def has_add_permission(self, request):
        return self._may(request)

    def has_module_permission(self, request):
        return self._may(request)

    def save_model(self, request, obj, form, change):
        if change:
            was = RetentionOverride.objects.select_related("organisation").get(pk=obj.pk)
            if (was.organisation_id, was.record_key) != (obj.organisation_id, obj.record_key):
                retention_period_usual(
                    organisation=was.organisation, record_key=was.record_key, by=request.user
                )
        saved = retention_period_set(
            organisation=obj.organisation,
            record_key=obj.record_key,
            months=obj.months,
            reason=obj.reason,
            by=request.user,
        )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        retention_period_usual(
            organisation=obj.organisation, record_key=obj.record_key, by=request.user
        )

    def delete_queryset(self, request, queryset):
        for period in queryset:
            self.delete_model(request, period)


@admin.register(LegalHold)
class LegalHoldAdmin(admin.ModelAdmin):
    list_display = ["__str__", "placed_by", "placed_at", "lifted_at"]
    list_filter = ["lifted_at"]
    raw_id_fields = ["project", "person"]
    fields = ["project", "person", "reason", "placed_by", "placed_at", "lifted_by", "lifted_at"]
    readonly_fields = ["placed_by", "placed_at", "lifted_by", "lifted_at"]
    actions = ["lift"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        # A hold is placed, then lifted (the action), never edited: its record stays as it was.
        return obj is None and self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        hold = legal_hold_place(
            by=request.user, reason=obj.reason, project=obj.project, person=obj.person
        )
        obj.pk = hold.pk

    @admin.action(description="Lift the selected holds")
    def lift(self, request, queryset):
        for hold in queryset:
            legal_hold_lift(hold=hold, by=request.user)
        messages.success(request, "Lifted. The retention schedule applies to them again.")
