"""Linking a module to a training session, with its trainers and co-trainers. When people
under 18 may come, each trainer and co-trainer needs a current vetting check, as anyone who
runs a session does."""

from django import forms
from django.utils import timezone

from codesign.forms import ModelChoiceField, ModelMultipleChoiceField
from sessions.safeguarding.selectors.vetting import vetting_problems


def _person(participant):
    return f"{participant.display_name} ({participant.get_role_display()})"


class DeliveryForm(forms.Form):
    session = ModelChoiceField(
        label="Training session",
        queryset=None,
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the training session.",
            "invalid_choice": "Choose one of the training sessions listed.",
        },
    )
    trainers = ModelMultipleChoiceField(
        label="Trainers",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one trainer.",
            "invalid_choice": "Choose trainers from the people listed.",
        },
    )
    co_trainers = ModelMultipleChoiceField(
        label="Young people training with them (optional)",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Choose co-trainers from the young people listed."},
    )

    def __init__(self, *args, project, sessions, trainers, co_trainers, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["session"].queryset = sessions
        self.fields["trainers"].queryset = trainers
        self.fields["co_trainers"].queryset = co_trainers
        for name in ("trainers", "co_trainers"):
            self.fields[name].label_from_instance = _person
        if not co_trainers.exists():
            del self.fields["co_trainers"]

    def clean(self):
        cleaned = super().clean()
        both = set(cleaned.get("trainers") or ()) & set(cleaned.get("co_trainers") or ())
        if both:
            self.add_error("co_trainers", "Name each person once, as a trainer or a co-trainer.")
        session = cleaned.get("session")
        if session is not None and not both:
            day = timezone.localdate(session.starts_at)
            for name in ("trainers", "co_trainers"):
                people = list(cleaned.get(name) or ())
                for problem in vetting_problems(self.project, people, first_day=day, last_day=day):
                    self.add_error(name, problem)
        return cleaned
