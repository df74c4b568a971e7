"""Forms for My page: the person's own details and deleting their account."""

from django import forms
from phonenumber_field.formfields import PhoneNumberField

from codesign.forms import OneLineField
from participants.forms.needs import clean_date_of_birth, is_mobile
from participants.models import User


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = [
            "display_name",
            "date_of_birth",
            "age_band",
            "email_frequency",
            "mobile",
            "wants_texts",
            "texts_say",
            "wants_letters",
            "postal_address",
        ]
        field_classes = {"display_name": OneLineField, "mobile": PhoneNumberField}
        labels = {
            "display_name": "Your name",
            "date_of_birth": "Your date of birth",
            "age_band": "If you would rather not give your date of birth, how old are you?",
            "email_frequency": "How much email do you want?",
            "mobile": "Your mobile number (optional)",
            "wants_texts": "Text me about things that matter",
            "texts_say": "What may a text say?",
            "wants_letters": "Post me a letter about things that matter",
            "postal_address": "Your postal address (optional)",
        }
        help_texts = {
            "date_of_birth": (
                "Optional. We only use it to ask for your consent again when you turn 18. "
                "For example, 14/03/2008."
            ),
            "email_frequency": (
                "Too much email is what people complain about most, so choose what suits you."
            ),
            "mobile": (
                "For texts, if you want them. For example, 07911 123456. Seen only by you, the "
                "project lead, the facilitators and the person who invited you."
            ),
            "wants_texts": (
                "Only things that matter: a session cancelled or moved, a place for you, a "
                "payment made, an answer to your request to join, and reminders. A text never "
                "says anything personal about you, and none comes between 9pm and 8am unless "
                "something changes that day. You can stop texts at any time."
            ),
            "wants_letters": (
                "For invitations, sessions moved or cancelled, places that come free and "
                "payments made: the same words as your message here, printed and posted."
            ),
            "postal_address": (
                "For letters, if you want them. Seen only by you and the people who post them."
            ),
            "texts_say": (
                "Anyone who sees your phone's lock screen can read a text. The full message is "
                "always in Messages on the site."
            ),
        }
        widgets = {
            "postal_address": forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"}),
            "display_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "date_of_birth": forms.DateInput(
                attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"
            ),
            "age_band": forms.RadioSelect,
            "email_frequency": forms.RadioSelect,
            "texts_say": forms.RadioSelect,
            "mobile": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True
        self.fields["display_name"].error_messages["required"] = "Tell us what to call you."
        # The model's blank choice reads "I'd rather not say"; no extra empty option.
        self.fields["age_band"].choices = User.AgeBand.choices
        self.fields["texts_say"].choices = User.TextsSay.choices
        if not self.instance.email:
            del self.fields["email_frequency"]  # nothing to choose without an email address

        self.fields["mobile"].error_messages["invalid"] = (
            "Type a mobile number like 07911 123456 (or +44 7911 123456)."
        )

    def clean_date_of_birth(self):
        return clean_date_of_birth(self.cleaned_data["date_of_birth"])

    def clean_mobile(self):
        number = self.cleaned_data["mobile"]
        if number and not is_mobile(number):
            raise forms.ValidationError(
                "That is not a mobile number, so it cannot get texts. Type a mobile number "
                "like 07911 123456, or leave this empty."
            )
        return number

    def clean(self):
        cleaned = super().clean()
        wants_texts, mobile = cleaned.get("wants_texts"), cleaned.get("mobile")
        if wants_texts and not mobile and not self.has_error("mobile"):
            self.add_error("mobile", "Type your mobile number to get texts, or untick “Text me”.")
        address = cleaned.get("postal_address", "")
        if cleaned.get("wants_letters") and not address.strip():
            self.add_error(
                "postal_address", "Type your postal address to get letters, or untick “Post me”."
            )
        cleaned["postal_address"] = address.strip()
        return cleaned


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
