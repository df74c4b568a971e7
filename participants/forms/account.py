"""Forms for My page: the person's own details and deleting their account."""

from django import forms

from codesign.forms import OneLineField
from participants.forms.needs import clean_date_of_birth
from participants.models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "date_of_birth", "age_band", "email_frequency"]
        field_classes = {"display_name": OneLineField}
        labels = {
            "display_name": "Your name",
            "date_of_birth": "Your date of birth",
            "age_band": "If you would rather not give your date of birth, how old are you?",
            "email_frequency": "How much email do you want?",
        }
        help_texts = {
            "date_of_birth": (
                "Optional. We only use it to ask for your consent again when you turn 18. "
                "For example, 14/03/2008."
            ),
            "email_frequency": (
                "Too much email is what people complain about most, so choose what suits you."
            ),
        }
        widgets = {
            "display_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "date_of_birth": forms.DateInput(
                attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"
            ),
            "age_band": forms.RadioSelect,
            "email_frequency": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["display_name"].error_messages["required"] = "Tell us what to call you."
        # The model's blank choice reads "I'd rather not say"; no extra empty option.
        self.fields["age_band"].choices = User.AgeBand.choices

    def clean_date_of_birth(self):
        return clean_date_of_birth(self.cleaned_data["date_of_birth"])


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label="Type the word delete to confirm",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
        error_messages={"required": "Type the word delete to confirm. Nothing has been deleted."},
    )
    remove_contributions = forms.BooleanField(
        label="Also remove what I wrote in projects",
        help_text=(
            "If you leave this unticked, what you wrote stays, shown as “a former participant”."
        ),
        required=False,
    )

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip().lower() != "delete":
            raise forms.ValidationError(
                "Type the word delete to confirm. Nothing has been deleted."
            )
        return "delete"
