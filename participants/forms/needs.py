"""Forms for support needs, and the checks on a phone number and a date of birth."""

import re

import phonenumbers
from django import forms
from django.utils import timezone
from phonenumber_field.phonenumber import PhoneNumber

from codesign.forms import AddressField
from participants.models import SupportNeeds
from participants.selectors.consent import age_on

Contact = SupportNeeds.Contact


PHONE_CHARACTERS = re.compile(r"^[0-9 +()\-]+$")


def clean_phone_number(value):
    value = " ".join(value.split())
    if not value:
        return value
    digits = re.sub(r"\D", "", value)
    if not PHONE_CHARACTERS.match(value) or not 10 <= len(digits) <= 15:
        raise forms.ValidationError("Enter a phone number, like 07911 123456.")
    return value


MOBILE_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


def is_mobile(number):
    """A valid number that can get texts."""
    return phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in MOBILE_TYPES


def mobile_number(value):
    """A UK mobile number typed any usual way (07911 123456, +44 7911 123456, 447911123456),
    as a PhoneNumber, or None if it cannot get texts."""
    try:
        number = PhoneNumber.from_string(value, region="GB")
    except phonenumbers.NumberParseException:
        return None
    return number if is_mobile(number) else None


def clean_date_of_birth(value, *, today=None):
    if value is None:
        return value
    age = age_on(value, today or timezone.localdate())
    if value > (today or timezone.localdate()) or not 10 <= age <= 110:
        raise forms.ValidationError(
            "Check your date of birth: it should be a day in the past, like 14/03/2008."
        )
    return value


class SupportNeedsForm(forms.Form):
    childcare = forms.BooleanField(label="I need childcare to take part", required=False)
    travel = forms.BooleanField(
        label="I need help with travel, like bus fares or a lift", required=False
    )
    access = forms.MultipleChoiceField(
        label="Do you need any of these?",
        choices=SupportNeeds.Access.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    dietary = forms.CharField(
        label="Is there any food you cannot eat?",
        help_text="For example: vegetarian, halal, nut allergy.",
        max_length=300,
        required=False,
    )
    availability = forms.MultipleChoiceField(
        label="When can you come?",
        help_text="Tick all that work for you.",
        choices=SupportNeeds.When.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    preferred_contact = forms.ChoiceField(
        label="How should we contact you?",
        choices=[*Contact.choices, ("", "I do not mind")],
        widget=forms.RadioSelect,
        required=False,
    )
    phone = forms.CharField(
        label="Phone number",
        help_text="Only if you want a text or a phone call.",
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    postal_address = AddressField(
        label="Postal address",
        help_text="Only if you want letters. Seen only by the people who post them.",
        max_length=300,
        required=False,
    )
    in_my_own_words = forms.CharField(
        label="Anything else that would help you take part?",
        help_text=(
            "In your own words. For example: I get anxious in big groups, "
            "or I need to bring my baby."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, needs=None, user=None, **kwargs):
        """`user` is the person filling it in for themself: their choice of how to be contacted
        turns that channel on. Without one (the team typing in someone's needs) there is no
        postal address to give."""
        if needs is not None:
            kwargs.setdefault(
                "initial",
                {
                    name: getattr(needs, name)
                    for name in self.declared_fields
                    if name != "postal_address"
                },
            )
        super().__init__(*args, **kwargs)
        self.user = user
        if user is None:
            del self.fields["postal_address"]
        else:
            self.fields["postal_address"].initial = user.postal_address

    def clean_dietary(self):
        return self.cleaned_data["dietary"].strip()

    def clean_in_my_own_words(self):
        return self.cleaned_data["in_my_own_words"].strip()

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        # A person choosing texts for themself has texts turned on with this number.
        self.text_number = None
        choice = cleaned.get("preferred_contact")
        if (
            self.user is not None
            and choice == Contact.POST
            and not cleaned.get("postal_address", "").strip()
        ):
            self.add_error(
                "postal_address",
                "Add your postal address so we can post you letters, or choose another way "
                "to be contacted.",
            )
        if self.user is not None and choice == Contact.EMAIL and not self.user.email:
            self.add_error(
                "preferred_contact",
                "You have no email address with us. Add one on My page, or choose another way "
                "to be contacted.",
            )
        wants_calls = cleaned.get("preferred_contact") in (Contact.TEXT, Contact.PHONE)
        if wants_calls and "phone" in cleaned and not cleaned["phone"]:
            self.add_error(
                "phone",
                "Add a phone number so we can text or call you, or choose another way to be "
                "contacted.",
            )
        elif cleaned.get("preferred_contact") == Contact.TEXT and cleaned.get("phone"):
            self.text_number = mobile_number(cleaned["phone"])
            if self.text_number is None:
                self.add_error(
                    "phone",
                    "That number cannot get texts. Type a mobile number like 07911 123456, or "
                    "choose another way to be contacted.",
                )
        return cleaned
