"""Forms for raising a concern and for what the safeguarding leads record about it."""

from django import forms

from codesign.forms import ModelMultipleChoiceField, OneLineField
from projects.roles import MemberStatus
from sessions.models import Concern

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
A_REAL_DATE = "Enter a real date, for example 6 April 2026."


class ConcernForm(forms.Form):
    # Made when the form is shown: the same form sent twice saves one concern.
    token = forms.UUIDField(widget=forms.HiddenInput)
    category = forms.ChoiceField(
        label="What are you worried about?",
        choices=Concern.Category.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what you are worried about."},
    )
    what_happened = forms.CharField(
        label="What did you see, hear or get told?",
        help_text="Use your own words. Say what happened, not what you think it means.",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10000,
        error_messages={"required": "Tell us what you saw, heard or were told."},
    )
    when_text = OneLineField(
        label="When did it happen? (optional)",
        help_text="For example: at the workshop on Tuesday evening.",
        required=False,
        max_length=200,
    )
    people_text = forms.CharField(
        label="Who was involved? (optional)",
        help_text="Names or a description, if you know them.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    people = ModelMultipleChoiceField(
        label="People in this project who were involved (optional)",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = project.participants.filter(
            status=MemberStatus.ACTIVE
        ).order_by("display_name", "pk")
        self.fields["people"].label_from_instance = lambda person: person.display_name

    def clean_what_happened(self):
        words = self.cleaned_data["what_happened"].strip()
        if not words:
            raise forms.ValidationError("Tell us what you saw, heard or were told.")
        return words


class ActionForm(forms.Form):
    what = forms.CharField(
        label="What was done",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": "Say what was done."},
    )
    done_by = OneLineField(
        label="Who did it",
        max_length=120,
        error_messages={"required": "Say who did it."},
    )
    done_at = forms.DateTimeField(
        label="When",
        widget=DATETIME_WIDGET,
        error_messages={"required": "Enter when it was done.", "invalid": A_REAL_DATE},
    )


class ReferralForm(forms.Form):
    to = OneLineField(
        label="Referred to",
        help_text="For example: the council's social work team.",
        max_length=200,
        error_messages={"required": "Say who the concern is referred to."},
    )
    due_on = forms.DateField(
        label="To be made by (optional)",
        required=False,
        widget=DATE_WIDGET,
        error_messages={"invalid": A_REAL_DATE},
    )
    made_on = forms.DateField(
        label="Made on (optional)",
        required=False,
        widget=DATE_WIDGET,
        error_messages={"invalid": A_REAL_DATE},
    )
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReferralMadeForm(forms.Form):
    made_on = forms.DateField(
        label="Made on",
        widget=DATE_WIDGET,
        error_messages={"required": "Enter the day it was made.", "invalid": A_REAL_DATE},
    )


class CloseForm(forms.Form):
    closing_note = forms.CharField(
        label="Why it can be closed",
        help_text="What was decided, and who agreed.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=5000,
        error_messages={"required": "Say why the concern can be closed."},
    )
    finding = forms.ChoiceField(
        label="What was found (for a concern about an adult)",
        help_text="This decides how long the record is kept.",
        choices=[("", "Not an allegation, or not decided"), *Concern.Finding.choices],
        required=False,
    )
