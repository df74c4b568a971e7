"""Forms for writing training: the module and its statements, a step, a step's picture."""

from django import forms

from codesign.forms import TITLE_TOO_LONG, ModelMultipleChoiceField, OneLineField
from projects.forms.pictures import PictureForm
from sessions.models import AgeBand

STATEMENT_EXAMPLE = "I feel confident saying what I think to a manager"
LONGEST_MINUTES = 8 * 60


class ModuleForm(forms.Form):
    title = OneLineField(
        max_length=120,
        error_messages={
            "required": "Give the training a title, e.g. “Speaking up with managers”.",
            "max_length": TITLE_TOO_LONG,
        },
    )
    able_to = forms.CharField(
        label="What you will be able to do",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="In a sentence or two, e.g. “Say what you think in a meeting with managers”.",
        error_messages={"required": "Say what people will be able to do after the training."},
    )
    age_band = forms.ChoiceField(
        label="Who it is for",
        choices=AgeBand.choices,
        error_messages={"required": "Choose who the training is for."},
    )
    minutes = forms.IntegerField(
        label="How long it takes, in minutes",
        min_value=1,
        max_value=LONGEST_MINUTES,
        error_messages={
            "required": "Say how long the training takes, in minutes.",
            "invalid": "Write the length as a number of minutes, e.g. 20.",
            "min_value": "The training must take at least 1 minute.",
            "max_value": f"Keep one piece of training to {LONGEST_MINUTES} minutes or fewer.",
        },
    )
    statement_1 = OneLineField(
        label="Statement 1",
        max_length=200,
        help_text=f"People rate each from 1 to 10 at the start and the end, e.g. "
        f"“{STATEMENT_EXAMPLE}”.",
        error_messages={"required": "Write at least two statements people can rate."},
    )
    statement_2 = OneLineField(
        label="Statement 2",
        max_length=200,
        error_messages={"required": "Write at least two statements people can rate."},
    )
    statement_3 = OneLineField(label="Statement 3 (optional)", max_length=200, required=False)
    statement_4 = OneLineField(label="Statement 4 (optional)", max_length=200, required=False)
    materials = ModelMultipleChoiceField(
        label="Files to download (optional)",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Files already on the project's files page.",
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["materials"].queryset = project.resources.order_by("title", "pk")
        if not self.fields["materials"].queryset.exists():
            del self.fields["materials"]

    def clean(self):
        cleaned = super().clean()
        words = [cleaned.get(f"statement_{n}") for n in range(1, 5)]
        given = [w for w in words if w]
        if len({w.lower() for w in given}) < len(given):
            self.add_error("statement_2", "Each statement must be different.")
        cleaned["statements"] = given
        return cleaned

    def for_service(self):
        data = {
            name: self.cleaned_data[name] for name in ("title", "able_to", "age_band", "minutes")
        }
        data["statements"] = self.cleaned_data["statements"]
        data["materials"] = self.cleaned_data.get("materials") or ()
        return data


def module_initial(module):
    initial = {
        "title": module.title,
        "able_to": module.able_to,
        "age_band": module.age_band,
        "minutes": module.minutes,
        "materials": list(module.materials.all()),
    }
    for statement in module.statements.all():
        initial[f"statement_{statement.number}"] = statement.words
    return initial


class StepForm(forms.Form):
    words = forms.CharField(
        label="What this step says",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=1200,
        help_text="Short sentences in plain words. One idea per step works best on a phone.",
        error_messages={
            "required": "Write what this step says.",
            "max_length": "Keep a step to %(limit_value)d characters or fewer (it has "
            "%(show_value)d): split it into two steps.",
        },
    )


class StepPictureForm(PictureForm):
    picture_label = "Picture"
    describe_label = "Describe the picture"
    describe_example = "Two people at a table, one talking and one listening"
