"""Forms for the people pages: roles, people taking part offline, joining settings."""

from django import forms

from codesign.forms import OneLineField
from projects.roles import LOCAL_LEAD_ROLE_CHOICES, OPEN_JOIN_ROLE_CHOICES, Role, role_choices


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


class PeopleSettingsForm(forms.Form):
    open_join_enabled = forms.BooleanField(
        label="Let people join with a link",
        required=False,
        help_text=(
            "Anyone with the link can ask to join, so no one is turned away. Turning it off "
            "stops the link working; turning it on again makes a new link."
        ),
    )
    open_join_roles = forms.MultipleChoiceField(
        label="People who use the link can take part as",
        choices=role_choices(OPEN_JOIN_ROLE_CHOICES),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=(
            "Facilitators and leads can see other people's details, so they are always "
            "invited one by one."
        ),
    )
    open_join_needs_approval = forms.BooleanField(
        label="A lead says yes before people join with the link",
        required=False,
        help_text="Until then they cannot see the project. You will see them on the people page.",
    )
    local_lead_roles = forms.MultipleChoiceField(
        label="Local leads can invite people as",
        choices=role_choices(LOCAL_LEAD_ROLE_CHOICES),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one role local leads can invite people as."},
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("open_join_enabled") and not cleaned.get("open_join_roles"):
            self.add_error(
                "open_join_roles",
                "Choose at least one way people can take part when they use the link.",
            )
        return cleaned


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
