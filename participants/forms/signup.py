from django import forms


class SignupExtraForm(forms.Form):
    """Fields added to allauth's sign-up form."""

    display_name = forms.CharField(
        label="Your name",
        max_length=80,
        help_text="What other people in your projects will see. A first name is fine.",
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if not name:
            raise forms.ValidationError("Tell us what to call you.")
        return name

    def signup(self, request, user):
        # The adapter's save_user has already stored the name.
        pass
