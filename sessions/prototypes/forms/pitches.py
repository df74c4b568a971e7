from django import forms

from codesign.forms import ModelMultipleChoiceField
from sessions.models import Prototype


class PitchForm(forms.Form):
    ideas = ModelMultipleChoiceField(
        label="Ideas being pitched",
        queryset=Prototype.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one idea to be pitched."},
    )
    judges = ModelMultipleChoiceField(
        label="The panel (judges)",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        help_text="Have at least as many young people as everyone else, so no one is on their own.",
        error_messages={"required": "Choose the people on the panel."},
    )
    criteria = forms.CharField(
        label="What the judges score (one on each line)",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Each gets a number from 1 to 5, e.g. “Would young people use it?”.",
        error_messages={"required": "Write at least one thing for the judges to score."},
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ideas"].queryset = project.prototypes.order_by("title")
        self.fields["ideas"].label_from_instance = lambda p: p.title
        people = project.participants.filter(status="active").order_by("display_name")
        self.fields["judges"].queryset = people
        self.fields["judges"].label_from_instance = lambda p: (
            f"{p.display_name} ({p.get_role_display().lower()})"
        )

    def clean_criteria(self):
        lines = [line.strip() for line in self.cleaned_data["criteria"].splitlines()]
        lines = [line for line in lines if line]
        if not lines:
            raise forms.ValidationError("Write at least one thing for the judges to score.")
        if len(lines) > 6:
            raise forms.ValidationError("Keep it short: six things to score at most.")
        return "\n".join(lines)


class ScoreForm(forms.Form):
    comment = forms.CharField(
        label="A comment (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        scores = {}
        for n, words in enumerate(criteria):
            scores[f"mark_{n}"] = forms.TypedChoiceField(
                label=words,
                coerce=int,
                choices=[(i, str(i)) for i in range(1, 6)],
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Give a number from 1 to 5.",
                    "invalid_choice": "Give a number from 1 to 5.",
                },
            )
        self.fields = {**scores, **self.fields}

    def marks(self):
        return [self.cleaned_data[f"mark_{n}"] for n in range(len(self.criteria))]
