"""Forms for places on the working group: opening a round, applying, a panel member's view,
the lead's decision and the hand-over note."""

from django import forms
from django.utils import timezone

from codesign.forms import ModelMultipleChoiceField, OneLineField
from sessions.evidence.services.places import NO_YOUNG_PERSON, TOO_MANY
from sessions.models import DEFAULT_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS, PanelView, PlacesRound

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
QUESTION_NAMES = [f"question_{n}" for n in range(1, MAX_QUESTIONS + 1)]


def _person(participant):
    return f"{participant.display_name} ({participant.get_role_display()})"


def round_initial(follows=None, today=None):
    """Sensible starting values; a hand-over round starts from the round it follows."""
    today = today or timezone.localdate()
    closes_on = today + timezone.timedelta(days=21)
    initial = {"places": 3, "who_may_apply": PlacesRound.WhoMayApply.YOUNG_PEOPLE}
    questions = DEFAULT_QUESTIONS
    starts = closes_on + timezone.timedelta(days=14)
    if follows is not None:
        initial |= {"places": follows.places, "who_may_apply": follows.who_may_apply}
        questions = follows.questions
        starts = max(starts, follows.term_ends + timezone.timedelta(days=1))
    initial |= dict(zip(QUESTION_NAMES, questions, strict=False))
    return initial | {
        "closes_on": closes_on,
        "term_starts": starts,
        "term_ends": starts.replace(year=starts.year + 1) - timezone.timedelta(days=1),
    }


class PlacesRoundForm(forms.Form):
    places = forms.IntegerField(
        label="How many places",
        min_value=1,
        max_value=30,
        error_messages={
            "required": "Say how many places there are.",
            "min_value": "Offer at least one place.",
            "max_value": "Offer at most 30 places in one round.",
            "invalid": "Write the number of places as a number, for example 3.",
        },
    )
    who_may_apply = forms.ChoiceField(
        label="Who may apply",
        choices=PlacesRound.WhoMayApply.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose who may apply."},
        help_text=(
            "For people from your network, invite them to the project first; then send them "
            "the link shown once the places are open."
        ),
    )
    question_1 = OneLineField(label="Question 1", max_length=200)
    question_2 = OneLineField(label="Question 2", max_length=200)
    question_3 = OneLineField(label="Question 3 (optional)", max_length=200, required=False)
    question_4 = OneLineField(label="Question 4 (optional)", max_length=200, required=False)
    closes_on = forms.DateField(label="Closing date", widget=DATE_WIDGET)
    term_starts = forms.DateField(label="The term starts", widget=DATE_WIDGET)
    term_ends = forms.DateField(label="The term ends", widget=DATE_WIDGET)
    panel = ModelMultipleChoiceField(
        label="The panel",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text="The people who read the applications. Include at least one young person.",
        error_messages={
            "required": "Choose the people on the panel.",
            "invalid_choice": "Choose the panel from the people listed.",
        },
    )

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["panel"].queryset = members
        self.fields["panel"].label_from_instance = _person
        for name in QUESTION_NAMES[:MIN_QUESTIONS]:
            self.fields[name].error_messages["required"] = "Write at least two questions."

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        if closes_on < timezone.localdate():
            raise forms.ValidationError("The closing date has passed. Choose a later day.")
        return closes_on

    def clean_panel(self):
        panel = self.cleaned_data["panel"]
        if not any(member.role == "young_person" for member in panel):
            raise forms.ValidationError(NO_YOUNG_PERSON)
        return panel

    def clean(self):
        cleaned = super().clean()
        closes_on, starts, ends = (
            cleaned.get(k) for k in ("closes_on", "term_starts", "term_ends")
        )
        if closes_on and starts and starts < closes_on:
            self.add_error("term_starts", "The term starts after applications close.")
        if starts and ends and ends <= starts:
            self.add_error("term_ends", "The term ends after it starts.")
        return cleaned

    def for_service(self):
        data = dict(self.cleaned_data)
        data["questions"] = [data.pop(name) for name in QUESTION_NAMES if data.get(name)]
        for name in QUESTION_NAMES:
            data.pop(name, None)
        return data


class ApplicationForm(forms.Form):
    """One box for each of the round's questions, all needed."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        for number, question in enumerate(questions, start=1):
            self.fields[f"answer_{number}"] = forms.CharField(
                label=question,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 3}),
                error_messages={
                    "required": f"Answer “{question}” in a few words.",
                    "max_length": "Keep each answer to 1000 characters or fewer.",
                },
            )

    def answers(self):
        return [self.cleaned_data[name].strip() for name in self.fields]


class PanelViewForm(forms.Form):
    view = forms.ChoiceField(
        label="Your view",
        choices=PanelView.View.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose yes, maybe or no."},
    )
    note = forms.CharField(
        label="A note for the panel (optional)",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecideForm(forms.Form):
    offered = ModelMultipleChoiceField(
        label="Offer a place to",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one person to offer a place to.",
            "invalid_choice": "Choose from the people who applied.",
        },
    )

    def __init__(self, *args, places_round, waiting, **kwargs):
        super().__init__(*args, **kwargs)
        self.places_round = places_round
        self.fields["offered"].queryset = waiting
        self.fields["offered"].label_from_instance = lambda a: a.participant.display_name

    def clean_offered(self):
        offered = self.cleaned_data["offered"]
        places = self.places_round.places
        if len(offered) > places:
            raise forms.ValidationError(
                TOO_MANY.format(places=places, s="s" * (places != 1), chosen=len(offered))
            )
        return offered


class HandoverForm(forms.Form):
    note = forms.CharField(
        label="Your note for the next members",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="What you worked on, what is still to do, and what helped you.",
        error_messages={"required": "Write your note for the next members."},
    )
