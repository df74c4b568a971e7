"""Forms for the network: a person's answer to "ask me about future work", and how many people
a lead asks at once."""

from django import forms
from django.utils import timezone

from codesign.paging import PER_PAGE
from participants.models import FutureWork
from projects.models import Stage


class FutureWorkForm(forms.Form):
    """Shown on My page, in a project's welcome step and after leaving a project, always with
    the prefix "future" so it can sit beside another form."""

    prefix = "future"

    wants_asking = forms.BooleanField(label="Ask me about future work", required=False)
    would_like = forms.MultipleChoiceField(
        label="What would you like to do?",
        help_text="Tick all you would like. Optional.",
        choices=FutureWork.Doing.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    in_my_own_words = forms.CharField(
        label="Anything else you would like to do?",
        help_text="In your own words. Optional.",
        max_length=300,
        required=False,
    )
    availability = forms.MultipleChoiceField(
        label="When can you usually come?",
        help_text="Tick all that fit round college or work. Optional.",
        choices=FutureWork.When.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    break_until = forms.DateField(
        label="Taking a break until",
        help_text="Optional. We will not ask you before this day. For example, 31/08/2027.",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, answer=None, **kwargs):
        if answer is not None:
            kwargs.setdefault(
                "initial", {name: getattr(answer, name) for name in self.declared_fields}
            )
        super().__init__(*args, **kwargs)

    def clean_in_my_own_words(self):
        return " ".join(self.cleaned_data["in_my_own_words"].split())

    def clean_break_until(self):
        day = self.cleaned_data["break_until"]
        if day is not None and day < timezone.localdate():
            raise forms.ValidationError(
                "The end of your break must be today or a day in the future, or leave it empty."
            )
        return day


class NetworkInviteForm(forms.Form):
    how_many = forms.IntegerField(
        label="How many people to ask",
        help_text=f"The people asked least recently come first. At most {PER_PAGE} at a time.",
        required=False,
        min_value=1,
        max_value=PER_PAGE,
        error_messages={
            "min_value": "Ask at least 1 person.",
            "max_value": f"Ask at most {PER_PAGE} people at a time.",
            "invalid": "Type a number, like 10.",
        },
    )


class OrganisationInviteForm(NetworkInviteForm):
    """Ask people from an organisation's network to join one of its projects that the lead
    runs: a new project, or one at its working-group stage."""

    field_order = ["project", "how_many"]

    project = forms.ModelChoiceField(
        label="Which project to invite them to",
        queryset=None,
        empty_label="Choose a project",
        error_messages={
            "required": "Choose the project to invite people to.",
            "invalid_choice": "Choose one of the projects in the list.",
        },
    )

    def __init__(self, *args, projects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["project"].queryset = projects
        self.fields["project"].label_from_instance = _project_label


def _project_label(project):
    if project.stage == Stage.WORKING_GROUP:
        return f"{project.title} (working group)"
    return project.title
