""" "How was today?": good, okay or not good, a few words if the person wants, whether the
people who ran the session may read them, and whether something worries them."""

from django import forms

from sessions.models import DayAnswer

NO_WORDS_FOR_THE_WORRY = (
    "Say a little about what worries you, in the box above, so the safeguarding lead knows how "
    "to help."
)


class HowWasTodayForm(forms.Form):
    # Sent by the button the person taps: one tap answers.
    feeling = forms.ChoiceField(
        label="How was today?",
        choices=DayAnswer.Feeling.choices,
        widget=forms.HiddenInput,
        error_messages={
            "required": "Choose good, okay or not good.",
            "invalid_choice": "Choose good, okay or not good.",
        },
    )
    words = forms.CharField(
        label="Anything you want to say? (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    shared = forms.BooleanField(
        label="If I say “not good”, the people who ran the session may see my name and what I "
        "wrote",
        required=False,
    )
    worried = forms.BooleanField(
        label="I am worried about something and want the safeguarding lead to know",
        required=False,
    )

    def clean_words(self):
        return self.cleaned_data["words"].strip()

    def clean(self):
        data = super().clean()
        if data.get("worried") and not data.get("words") and "words" not in self.errors:
            self.add_error("words", NO_WORDS_FOR_THE_WORRY)
        return data
