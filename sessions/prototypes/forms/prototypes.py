from django import forms

from codesign.forms import TITLE_TOO_LONG, ModelChoiceField, ModelMultipleChoiceField, OneLineField
from projects.models import Decision
from sessions.models import Prototype, PrototypeDecision
from sessions.prototypes.selectors.outcomes import linkable_prototypes


class PrototypeForm(forms.Form):
    title = OneLineField(
        label="Name of the idea",
        max_length=120,
        help_text="A few words, e.g. “Friends' pack”.",
        error_messages={"required": "Give the idea a name.", "max_length": TITLE_TOO_LONG},
    )
    description = forms.CharField(
        label="What is it? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Explain it so someone who was not there understands it.",
    )
    kind = forms.ChoiceField(label="What kind of thing is it?", choices=Prototype.Kind.choices)
    session = ModelChoiceField(
        label="The session it came from (optional)",
        required=False,
        queryset=None,
        empty_label="Not from a session",
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].queryset = project.sessions.order_by("-starts_at")
        self.fields["session"].label_from_instance = lambda s: f"{s.title}, {s.starts_at:%d %b %Y}"


class PrototypeStatusForm(forms.Form):
    status = forms.ChoiceField(
        label="Where it has got to",
        choices=[
            (Prototype.Status.IDEA, "Idea"),
            (Prototype.Status.PROTOTYPE, "Prototype"),
            (Prototype.Status.TESTING, "Being tested"),
        ],
        help_text="Adopting or dropping it is a decision: record it below instead.",
    )


class VersionForm(forms.Form):
    what_changed = forms.CharField(
        label="What changed",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what changed."},
    )
    why = forms.CharField(
        label="Why (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example what people said when they tried it.",
    )


class DecisionForm(forms.Form):
    result = forms.ChoiceField(
        label="What was decided",
        choices=PrototypeDecision.Result.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what was decided."},
    )
    reason = forms.CharField(
        label="Why",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why, so everyone can see how it was decided."},
    )
    took_part = forms.MultipleChoiceField(
        label="Who took part in deciding",
        choices=[c for c in Decision.Group.choices if c[0] != Decision.Group.EVERYONE],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose who took part in deciding."},
    )
    young_people_voted = forms.BooleanField(label="Young people had a vote on it", required=False)


class OutcomePrototypesField(ModelMultipleChoiceField):
    """The ideas behind an outcome, on the outcome form."""

    def __init__(self, queryset, outcome=None):
        super().__init__(
            label="Ideas behind it (optional)",
            queryset=queryset,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            help_text="Ideas that were adopted or are being tested. An idea leads to one "
            "outcome: choosing it here takes it off any other outcome.",
        )
        self.outcome_id = outcome.pk if outcome else None

    def label_from_instance(self, prototype):
        label = f"{prototype.title} ({prototype.get_status_display().lower()})"
        if prototype.outcome_id and prototype.outcome_id != self.outcome_id:
            label += f", now behind “{prototype.outcome.title}”"
        return label


def outcome_prototypes_field(project, outcome):
    """The field for the outcome form, or None when the project has no idea to choose."""
    queryset = linkable_prototypes(project, outcome)
    return OutcomePrototypesField(queryset, outcome) if queryset.exists() else None
