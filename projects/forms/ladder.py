from django import forms

from projects.models import RUNG_MEANINGS, Rung


class LadderForm(forms.Form):
    rung = forms.ChoiceField(
        label="How co-produced does this project feel to you?",
        choices=[(rung.value, f"{rung.label}: {RUNG_MEANINGS[rung]}") for rung in Rung],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the rung of the ladder that fits best.",
            "invalid_choice": "Choose one of the five rungs of the ladder.",
        },
    )
