"""The form for inviting someone by email or with a printed code."""

from django import forms
from phonenumber_field.formfields import PhoneNumberField

from codesign.forms import OneLineField
from participants.models import InvitationState
from projects.roles import Role, role_choices


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
    contact_phone = PhoneNumberField(
        label="A phone number they can ask (optional)",
        required=False,
        help_text="Printed on the card with your name, for questions. A work phone is best.",
        error_messages={
            "invalid": "Type a UK phone number like 01546 605522 or 07911 123456, "
            "or leave this empty."
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "tel"}),
    )
    days = forms.TypedChoiceField(
        label="The invitation works for",
        coerce=int,
        choices=[(7, "1 week"), (14, "2 weeks"), (30, "30 days"), (60, "60 days"), (90, "90 days")],
        initial=30,
    )

    def __init__(self, *args, roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = role_choices(roles)
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


class InvitationSearchForm(forms.Form):
    """Find an invitation by name, email or code, and by where it stands. Bad values are dropped."""

    find = OneLineField(label="Name, email or code", required=False, max_length=80)
    state = forms.ChoiceField(
        label="Where it stands",
        required=False,
        choices=[("", "Any"), *InvitationState.choices],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="invitations-search", **kwargs)

    def terms(self):
        if not self.is_valid():
            return {}
        return {"find": self.cleaned_data["find"], "state": self.cleaned_data["state"]}

    @property
    def is_searching(self):
        return any(self.terms().values())
