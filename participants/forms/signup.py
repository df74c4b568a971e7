from django import forms

from codesign.forms import OneLineField


class SignupExtraForm(forms.Form):
    """Fields added to allauth's sign-up form."""

    display_name = OneLineField(
        label="Your name",
        max_length=80,
        error_messages={"required": "Tell us what to call you."},
        help_text="What other people in your projects will see. A first name is fine.",
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )

    def signup(self, request, user):
        # The adapter's save_user has already stored the name.
        pass
