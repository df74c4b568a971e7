"""The forms of retention: a lead placing a legal hold on their project, and an organisation's
lead setting its own period for a kind of record."""

from django import forms
from django.core.exceptions import ValidationError

from projects.models import RetentionOverride


class HoldForm(forms.Form):
    reason = forms.CharField(
        label="Why must this project's records be kept?",
        help_text="For example a complaint, an investigation, a court case or a police request.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Say why the records must be kept."},
    )

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if not reason:
            raise ValidationError("Say why the records must be kept.")
        return reason


class PeriodForm(forms.ModelForm):
    """An organisation's own period for one kind of record. The model's own check keeps it at
    or above the period the law asks for."""

    months = forms.IntegerField(
        label="Keep it for (months)",
        min_value=1,
        max_value=1200,
        help_text="A whole number of months: 12 is one year, 72 is six years.",
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Say how many months to keep it for.",
            "invalid": "Type a whole number of months, like 24.",
            "min_value": "Keep it for at least one month.",
            "max_value": "Choose 1,200 months (100 years) or fewer.",
        },
    )
    reason = forms.CharField(
        label="Why your organisation keeps it for this long",
        help_text="For example a funder's terms or your own records policy. Your data "
        "protection officer will read this.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Say why your organisation keeps it for this long."},
    )

    class Meta:
        model = RetentionOverride
        fields = ["months", "reason"]

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if not reason:
            raise ValidationError("Say why your organisation keeps it for this long.")
        return reason
