"""The form a lead fills in to place a legal hold on their project."""

from django import forms
from django.core.exceptions import ValidationError


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
