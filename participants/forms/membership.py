"""Forms for the people pages: inviting, roles, people taking part offline, joining settings."""

from django import forms

from codesign.forms import OneLineField
from projects.roles import LOCAL_LEAD_ROLE_CHOICES, OPEN_JOIN_ROLE_CHOICES, Role


def _choices(roles):
    return [(Role(role).value, Role(role).label) for role in roles]


class InviteForm(forms.Form):
    EMAIL, CODE = "email", "code"

    how = forms.ChoiceField(
        label="How will they get the invitation?",
        choices=[
            (EMAIL, "By email"),
            (CODE, "On a printed card with a code (no email needed)"),
        ],
        initial=EMAIL,
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(
        label="Their email address",
        required=False,
        help_text="Only needed for an invitation by email.",
        error_messages={"invalid": "Type an email address like name@example.com."},
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    name = forms.CharField(
        label="Their name (optional)",
        max_length=80,
        required=False,
        help_text="Shown on the card and in the email, so they know it is for them.",
    )
    role = forms.ChoiceField(
        label="How they will take part",
        error_messages={"required": "Choose how they will take part."},
    )
    days = forms.TypedChoiceField(
        label="The invitation works for",
        coerce=int,
        choices=[(7, "1 week"), (14, "2 weeks"), (30, "30 days"), (60, "60 days"), (90, "90 days")],
        initial=30,
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = _choices(roles)
        if Role.YOUNG_PERSON in roles:
            self.fields["role"].initial = Role.YOUNG_PERSON.value

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("how") == self.EMAIL
            and not cleaned.get("email")
            and not self.has_error("email")
        ):
            self.add_error(
                "email", "Type their email address, or choose a printed card with a code instead."
            )
        if cleaned.get("how") == self.CODE:
            cleaned["email"] = ""
        return cleaned


class RoleChangeForm(forms.Form):
    role = forms.ChoiceField(
        label="Role",
        choices=_choices(Role),
        error_messages={"invalid_choice": "Choose one of the roles in the list."},
    )


class OfflineParticipantForm(forms.Form):
    display_name = OneLineField(
        label="Their name",
        max_length=80,
        help_text="A first name is fine. This is how they appear in the project.",
        error_messages={"required": "Type their name."},
    )
    role = forms.ChoiceField(label="How they take part", choices=_choices(Role))


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
        choices=_choices(OPEN_JOIN_ROLE_CHOICES),
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
        choices=_choices(LOCAL_LEAD_ROLE_CHOICES),
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
