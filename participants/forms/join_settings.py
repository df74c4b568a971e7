"""The form for how people join a project: the open join link and local leads' invitations."""

from django import forms

from projects.roles import LOCAL_LEAD_ROLE_CHOICES, OPEN_JOIN_ROLE_CHOICES, role_choices


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
