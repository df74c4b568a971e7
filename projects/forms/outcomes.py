from django import forms
from django.utils import timezone

from codesign.forms import TITLE_TOO_LONG, ModelMultipleChoiceField, OneLineField
from projects.models import Decision, Outcome, OutcomeReview
from projects.registries.outcome_links import outcome_links


class OutcomeForm(forms.Form):
    title = OneLineField(
        label="What changed, in a few words",
        max_length=200,
        help_text="For example: Friends' pack given to young people in residential care.",
        error_messages={
            "required": "Give the outcome a short title.",
            "max_length": TITLE_TOO_LONG,
        },
    )
    kind = forms.ChoiceField(
        label="What kind of outcome is it?",
        choices=Outcome.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what kind of outcome it is."},
    )
    you_said = forms.CharField(
        label="You said: what people said",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What young people and others told the project, in their words where you can.",
        error_messages={"required": "Say what people said that led to this."},
    )
    we_did = forms.CharField(
        label="We did: what was done",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what was done about it."},
    )
    what_changed = forms.CharField(
        label="What changed because of it (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="You can add this later, when you know.",
    )
    evidence = forms.CharField(
        label="Evidence (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Quotes, numbers, or where someone can see it for themselves. "
        "Photos are added on the outcome's own page.",
    )
    decisions = ModelMultipleChoiceField(
        label="Decisions behind it (optional)",
        queryset=Decision.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, project, outcome=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decisions"].queryset = project.decisions.all()
        # What else an outcome can come from (ideas and prototypes) joins from the upper apps.
        self.fields.update(outcome_links.fields(project, outcome))

    @classmethod
    def initial_for(cls, outcome):
        initial = {name: getattr(outcome, name) for name in ("title", "kind", "you_said")}
        initial |= {name: getattr(outcome, name) for name in ("we_did", "what_changed")}
        initial |= {"evidence": outcome.evidence, "decisions": list(outcome.decisions.all())}
        return initial | outcome_links.initial(outcome)


class ReviewForm(forms.Form):
    verdict = forms.ChoiceField(
        label="Did this happen as it says?",
        choices=OutcomeReview.Verdict.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether you agree or want changes."},
    )
    note = forms.CharField(
        label="Note (needed if you ask for changes)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("verdict") == OutcomeReview.Verdict.CHANGES
            and not (cleaned.get("note") or "").strip()
        ):
            self.add_error("note", "Say what should change, so the people who recorded it can act.")
        return cleaned


class InPracticeForm(forms.Form):
    since = forms.DateField(
        label="In practice since",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Give the date it started.",
            "invalid": "Give the date as day, month and year, for example 14/03/2026.",
        },
    )

    def __init__(self, *args, outcome, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome = outcome
        self.fields["since"].initial = timezone.localdate()

    def clean_since(self):
        since = self.cleaned_data["since"]
        if since > timezone.localdate():
            raise forms.ValidationError("The date it started cannot be in the future.")
        if self.outcome.agreed_on and since < self.outcome.agreed_on:
            raise forms.ValidationError("It cannot start before it was agreed.")
        return since
