"""Rating how confident you feel, at the start and the end of a module."""

from django import forms

from sessions.training.models import HIGHEST, LOWEST

OUT_OF_RANGE = f"Choose a number from {LOWEST} to {HIGHEST}, or leave it blank to skip."


class RatingsForm(forms.Form):
    """One optional 1-to-10 choice per statement; `scores()` gives what was answered."""

    def __init__(self, *args, statements, **kwargs):
        super().__init__(*args, **kwargs)
        self.statements = list(statements)
        choices = [(str(n), str(n)) for n in range(LOWEST, HIGHEST + 1)]
        for statement in self.statements:
            self.fields[f"s{statement.pk}"] = forms.TypedChoiceField(
                label=statement.words,
                choices=choices,
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                help_text=f"{LOWEST} is not at all, {HIGHEST} is very. You can skip this.",
                error_messages={"invalid_choice": OUT_OF_RANGE},
            )

    def scores(self):
        return {
            statement: self.cleaned_data[f"s{statement.pk}"]
            for statement in self.statements
            if self.cleaned_data.get(f"s{statement.pk}") is not None
        }
