"""Forms for support needs and consent. They validate only; services do the saving."""

import re

from django import forms
from django.utils import timezone

from participants import consent_texts
from participants.models import Consent, SupportNeeds, User
from participants.selectors.consent import age_on

Contact = SupportNeeds.Contact
PHONE_CHARACTERS = re.compile(r"^[0-9 +()\-]+$")


def clean_phone_number(value):
    value = " ".join(value.split())
    if not value:
        return value
    digits = re.sub(r"\D", "", value)
    if not PHONE_CHARACTERS.match(value) or not 10 <= len(digits) <= 15:
        raise forms.ValidationError("Enter a phone number, like 07700 900123.")
    return value


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

    def __init__(self, *args, needs=None, **kwargs):
        if needs is not None:
            kwargs.setdefault(
                "initial",
                {name: getattr(needs, name) for name in self.declared_fields},
            )
        super().__init__(*args, **kwargs)

    def clean_dietary(self):
        return self.cleaned_data["dietary"].strip()

    def clean_in_my_own_words(self):
        return self.cleaned_data["in_my_own_words"].strip()

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        wants_calls = cleaned.get("preferred_contact") in (Contact.TEXT, Contact.PHONE)
        if wants_calls and "phone" in cleaned and not cleaned["phone"]:
            self.add_error(
                "phone",
                "Add a phone number so we can text or call you, or choose another way to be "
                "contacted.",
            )
        return cleaned


def consent_field(purpose):
    q = consent_texts.question(purpose)
    return forms.ChoiceField(
        label=q.question,
        choices=q.choices,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": f"Choose an answer: {q.question}"},
    )


class ConsentForm(forms.Form):
    """The three consent questions, with no answer chosen in advance."""

    data = consent_field(Consent.Purpose.DATA)
    photos = consent_field(Consent.Purpose.PHOTOS)
    contact = consent_field(Consent.Purpose.CONTACT)

    def answers(self):
        return {purpose: self.cleaned_data[purpose] for purpose in Consent.Purpose.values}

    def questions(self):
        """(bound field, question) pairs, in the order they are asked."""
        return [(self[q.purpose], q) for q in consent_texts.questions()]


class OwnConsentForm(ConsentForm):
    """A member answering for themself also tells us their age (both optional)."""

    date_of_birth = forms.DateField(
        label="Your date of birth",
        help_text="Optional. For example, 14/03/2008.",
        required=False,
        widget=forms.DateInput(attrs={"type": "date", "autocomplete": "bday"}, format="%Y-%m-%d"),
    )
    age_band = forms.ChoiceField(
        label="If you would rather not give your date of birth, how old are you?",
        choices=User.AgeBand.choices,
        widget=forms.RadioSelect,
        required=False,
    )

    def clean_date_of_birth(self):
        return clean_date_of_birth(self.cleaned_data["date_of_birth"])


class PaperConsentForm(ConsentForm):
    """Answers someone without an account gave on a paper form, typed in by the project team."""

    under_18 = forms.BooleanField(label="They are under 18", required=False)
    have_paper_form = forms.BooleanField(
        label="I have their paper form with these answers and will keep it safe",
        error_messages={"required": "Tick the box to say you have their paper form."},
    )
