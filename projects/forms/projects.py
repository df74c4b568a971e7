from django import forms
from django.utils.formats import date_format

from codesign.forms import one_line
from projects.models import Project
from projects.services.projects import SETTINGS_FIELDS


class ProjectCreateForm(forms.ModelForm):
    class Meta:
        model = Project
        fields = ["title", "summary"]
        labels = {"title": "Project name"}
        help_texts = {
            "title": "For example: Redesigning support for care leavers.",
        }
        widgets = {"summary": forms.Textarea(attrs={"rows": 4})}

    def clean_title(self):
        title = one_line(self.cleaned_data["title"])
        if len(title) < 3:
            raise forms.ValidationError("Give the project a name of at least 3 letters.")
        return title


class ProjectSettingsForm(forms.ModelForm):
    # What the settings looked like when the page was opened, so that a second lead's changes
    # saved in the meantime are not silently overwritten.
    fingerprint = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Project
        fields = SETTINGS_FIELDS
        labels = {
            "title": "Project name",
            "aim": "What the project hopes to change",
            "area": "Where it happens",
            "is_public": "Show a public page",
            "payment_policy": "How people are paid or thanked",
        }
        help_texts = {
            "title": "Changing the name does not change the project's web address.",
            "aim": "For example: care leavers know where to turn for support after leaving care.",
            "area": "A town, council area or region, for example Argyll and Bute.",
            "starts_on": "Leave empty if you do not know yet.",
            "ends_on": "Leave empty if the project has no planned end.",
            "is_public": (
                "Anyone can then see the summary, aim, partner organisations, and the updates "
                "and files you choose to share. It never shows anyone's name or contact details."
            ),
            "payment_policy": (
                "Say how young people and others who use services are paid or thanked for "
                "their time: for example an hourly rate, vouchers, and travel or childcare "
                "costs. In one project with young care leavers, young people were not paid for "
                "their time while everyone else in the room was, and that became an ethical "
                "problem. Writing it down before the first session keeps things fair and clear."
            ),
        }
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            "aim": forms.Textarea(attrs={"rows": 3}),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "payment_policy": forms.Textarea(attrs={"rows": 5}),
        }
        error_messages = {
            "title": {
                "required": "Give the project a name of at least 3 letters.",
                "max_length": (
                    "Keep the name to %(limit_value)d characters or fewer (it has %(show_value)d)."
                ),
            },
            "starts_on": {"invalid": "Enter the start date as a date, for example 14/09/2015."},
            "ends_on": {"invalid": "Enter the end date as a date, for example 30/06/2016."},
        }

    def clean_title(self):
        title = one_line(self.cleaned_data["title"])
        if len(title) < 3:
            raise forms.ValidationError("Give the project a name of at least 3 letters.")
        return title

    def clean_area(self):
        return one_line(self.cleaned_data["area"])

    def clean(self):
        cleaned = super().clean()
        starts_on, ends_on = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts_on and ends_on and ends_on < starts_on:
            self.add_error(
                "ends_on",
                "The end date must be on or after the start date "
                f"({date_format(starts_on, 'j F Y')}).",
            )
        return cleaned

    @property
    def changes(self):
        """The new settings, ready for project_change_settings."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
