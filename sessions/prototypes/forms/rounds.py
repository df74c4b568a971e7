from datetime import timedelta

from django import forms
from django.utils import timezone

DATE_TIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
WHEN_INVALID = "Give a date and time, for example 14/03/2026 18:00."


class TestRoundForm(forms.Form):
    question = forms.CharField(
        label="The question",
        max_length=200,
        help_text="Plain and short, e.g. “Would this pack help you in your first week?”",
        error_messages={"required": "Write the question people will answer."},
    )
    opens_at = forms.DateTimeField(
        label="Opens",
        widget=DATE_TIME,
        error_messages={"required": "Say when it opens.", "invalid": WHEN_INVALID},
    )
    closes_at = forms.DateTimeField(
        label="Closes",
        widget=DATE_TIME,
        error_messages={"required": "Say when it closes.", "invalid": WHEN_INVALID},
    )

    def __init__(self, *args, **kwargs):
        # Unless said otherwise: open now (to the minute), close two weeks later.
        now = timezone.localtime().replace(second=0, microsecond=0)
        kwargs.setdefault("initial", {"opens_at": now, "closes_at": now + timedelta(days=14)})
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes:
            if closes <= opens:
                self.add_error("closes_at", "It must close after it opens.")
            elif closes <= timezone.now():
                self.add_error("closes_at", "It must close in the future, so people can answer.")
        return data


class FeedbackForm(forms.Form):
    useful = forms.TypedChoiceField(
        label="How useful would it be? (1 is not at all, 5 is very useful)",
        coerce=int,
        choices=[(n, str(n)) for n in range(1, 6)],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose a number from 1 to 5.",
            "invalid_choice": "Choose a number from 1 to 5.",
        },
    )
    comment = forms.CharField(
        label="Anything to add? (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Other members never see who answered.",
    )
