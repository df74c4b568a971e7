"""Forms for the people pages: roles, people taking part offline, finding someone."""

from django import forms

from codesign.forms import OneLineField
from projects.roles import Role, role_choices


class RoleChangeForm(forms.Form):
    role = forms.ChoiceField(
        label="Role",
        choices=role_choices(Role),
        error_messages={"invalid_choice": "Choose one of the roles in the list."},
    )


class OfflineParticipantForm(forms.Form):
    display_name = OneLineField(
        label="Their name",
        max_length=80,
        help_text="A first name is fine. This is how they appear in the project.",
        error_messages={"required": "Type their name."},
    )
    role = forms.ChoiceField(label="How they take part", choices=role_choices(Role))


class PeopleSearchForm(forms.Form):
    """Find someone taking part: words in their name, and their role. Bad values are dropped."""

    q = OneLineField(label="Name", required=False, max_length=80)
    role = forms.ChoiceField(
        label="Role", required=False, choices=[("", "Any role"), *role_choices(Role)]
    )

    def terms(self):
        if not self.is_valid():
            return {}
        return {"words": self.cleaned_data["q"], "role": self.cleaned_data["role"]}

    @property
    def is_searching(self):
        return any(self.terms().values())
