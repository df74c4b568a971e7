from django import forms

from codesign.forms import ModelChoiceField, OneLineField
from projects.roles import MemberStatus
from sessions.models import Vetting
from sessions.safeguarding.forms.concerns import A_REAL_DATE, DATE_WIDGET


class VettingForm(forms.ModelForm):
    participant = ModelChoiceField(
        label="Whose check",
        queryset=None,
        error_messages={"required": "Choose whose check this is."},
    )
    level = OneLineField(
        label="Level",
        max_length=80,
        help_text="For example: PVG scheme membership, or enhanced DBS with barred lists.",
        error_messages={"required": "Enter the level of the check."},
    )
    certificate_end = OneLineField(
        label="Last four characters of the certificate number",
        max_length=4,
        min_length=4,
        help_text="Only the last four. Do not type the whole number: we do not keep it.",
        error_messages={
            "required": "Enter the last four characters of the certificate number.",
            "max_length": "Enter only the last four characters of the certificate number.",
            "min_length": "Enter the last four characters of the certificate number.",
        },
    )
    checked_by = OneLineField(
        label="Checked by",
        max_length=80,
        help_text="Who saw the certificate or the scheme record.",
        error_messages={"required": "Say who checked it."},
    )

    class Meta:
        model = Vetting
        fields = [
            "participant",
            "scheme",
            "level",
            "certificate_end",
            "checked_on",
            "checked_by",
            "renews_on",
        ]
        widgets = {
            "scheme": forms.RadioSelect,
            "checked_on": DATE_WIDGET,
            "renews_on": DATE_WIDGET,
        }
        labels = {"scheme": "Which check", "renews_on": "Renewal date"}
        help_texts = {
            "renews_on": "When it must be checked again. A past date is saved and shown as run out."
        }
        error_messages = {
            "scheme": {"required": "Choose PVG, DBS or another check."},
            "checked_on": {"required": "Enter the day it was checked.", "invalid": A_REAL_DATE},
            "renews_on": {"required": "Enter the renewal date.", "invalid": A_REAL_DATE},
        }

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["participant"]
        field.queryset = project.participants.filter(status=MemberStatus.ACTIVE).order_by(
            "display_name", "pk"
        )
        field.label_from_instance = lambda p: f"{p.display_name} ({p.get_role_display()})"
        self.fields["scheme"].choices = Vetting.Scheme.choices

    def clean(self):
        data = super().clean()
        checked, renews = data.get("checked_on"), data.get("renews_on")
        if checked and renews and renews < checked:
            self.add_error("renews_on", "The renewal date must be after the day it was checked.")
        return data
