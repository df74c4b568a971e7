from django import forms
from django.db import models
from django.utils import timezone

from codesign.forms import one_line
from projects.models import Decision


class DecisionForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = ["what", "proposed_by", "decided_by", "young_people_voted", "decided_on", "result"]
        labels = {
            "what": "What was decided",
            "proposed_by": "Who suggested it",
            "decided_by": "Who made the decision",
            "young_people_voted": "Young people had a vote on it",
            "decided_on": "When it was decided",
            "result": "What happened because of it (optional)",
        }
        help_texts = {
            "what": "One sentence, for example: Hold sessions in the evening so young people "
            "at college or work can come.",
            "decided_by": "Choose “Everyone together” when everyone taking part decided.",
            "result": "You can add this later, when you know.",
        }
        error_messages = {
            "what": {"required": "Say what was decided."},
            "proposed_by": {"required": "Choose who suggested it."},
            "decided_by": {"required": "Choose who made the decision."},
            "decided_on": {
                "required": "Give the date it was decided.",
                "invalid": "Give the date as day, month and year, for example 14/03/2026.",
            },
        }
        widgets = {
            "what": forms.Textarea(attrs={"rows": 2}),
            "result": forms.Textarea(attrs={"rows": 3}),
            "decided_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.fields["decided_on"].initial = timezone.localdate()
        for name in ("proposed_by", "decided_by"):
            choices = list(self.fields[name].choices)
            self.fields[name].choices = [("", "Choose one")] + [c for c in choices if c[0]]

    def clean_what(self):
        what = one_line(self.cleaned_data["what"])
        if len(what) < 3:
            raise forms.ValidationError("Say what was decided, in a few words at least.")
        return what

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on > timezone.localdate():
            raise forms.ValidationError("The date it was decided cannot be in the future.")
        return decided_on


class DecisionSearchForm(forms.Form):
    """Find a decision: words in it, and who made it. Bad values are dropped, not refused."""

    q = forms.CharField(label="Words in the decision", required=False, max_length=100)
    decided_by = forms.ChoiceField(
        label="Who made the decision",
        required=False,
        choices=[("", "Anyone"), *Decision.Group.choices],
    )

    def filter(self, decisions):
        if not self.is_valid():
            return decisions
        words = " ".join(self.cleaned_data["q"].split())
        if words:
            decisions = decisions.filter(
                models.Q(what__icontains=words) | models.Q(result__icontains=words)
            )
        if self.cleaned_data["decided_by"]:
            decisions = decisions.filter(decided_by=self.cleaned_data["decided_by"])
        return decisions

    @property
    def is_searching(self):
        return self.is_valid() and any(self.cleaned_data.values())
