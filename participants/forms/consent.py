"""Forms for the consent questions: a person's own answers, and a paper form typed in."""

from django import forms

from participants import consent_texts
from participants.forms.needs import clean_date_of_birth
from participants.models import Consent, User


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
