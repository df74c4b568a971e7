from django import forms
from django.utils import timezone

from codesign.forms import ModelMultipleChoiceField, OneLineField
from projects.roles import MemberStatus
from sessions.meetings.services.sessions import Repeat, occurrence_starts
from sessions.models import Session
from sessions.safeguarding.selectors.vetting import vetting_problems

MAX_REPEATS = 12
DATETIME_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

SESSION_FIELDS = [
    "title",
    "kind",
    "description",
    "starts_at",
    "ends_at",
    "venue_name",
    "address",
    "getting_there",
    "online_link",
    "offers_travel",
    "offers_childcare",
    "offers_food",
    "capacity",
    "what_to_bring",
    "question_1",
    "question_2",
    "question_3",
]


class SessionForm(forms.ModelForm):
    """Plan or change a session. A new session can repeat a fixed number of times."""

    repeat = forms.ChoiceField(choices=Repeat.CHOICES, initial=Repeat.NEVER, required=False)
    online_link = forms.URLField(
        label="Online link",
        required=False,
        assume_scheme="https",
        help_text="A video call link, if people can join online.",
    )
    runners = ModelMultipleChoiceField(
        label="Who leads or helps run it (optional)",
        help_text="Facilitators, trainers and young leaders. When people under 18 may come, "
        "each needs a current vetting check (PVG, DBS or another).",
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    already_happened = forms.BooleanField(
        label="It already happened: I am recording it (for example from a paper sign-in sheet)",
        required=False,
        help_text="You tick who came next. Nobody is told about a session in the past.",
    )
    times = forms.IntegerField(
        label="How many times in all",
        min_value=1,
        max_value=MAX_REPEATS,
        initial=1,
        required=False,
        help_text=f"Up to {MAX_REPEATS}. Each one is a session of its own you can change or "
        "cancel alone.",
    )

    class Meta:
        model = Session
        fields = SESSION_FIELDS
        # A title is one line, as a project's is (a calendar entry's name is one line too).
        field_classes = {"title": OneLineField}
        widgets = {
            "starts_at": DATETIME_WIDGET,
            "ends_at": DATETIME_WIDGET,
            "description": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 2}),
            "getting_there": forms.Textarea(attrs={"rows": 2}),
            "what_to_bring": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "description": "What it is about, in plain words",
            "question_1": "A question to ask people when they reply (optional)",
            "question_2": "Another question (optional)",
            "question_3": "A third question (optional)",
        }
        help_texts = {
            "question_1": "For example: “Do you need a lift from Oban?”",
            "online_link": "A video call link, if people can join online.",
        }

    def __init__(self, *args, is_new=True, project=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_new = is_new
        self.project = project
        if project is None:
            del self.fields["runners"]
        else:
            self.fields["runners"].queryset = project.participants.filter(
                status=MemberStatus.ACTIVE
            ).order_by("display_name", "pk")
            self.fields["runners"].label_from_instance = lambda person: person.display_name
            if self.instance.pk:
                self.initial.setdefault("runners", list(self.instance.runners.all()))
        if not is_new:
            del self.fields["repeat"]
            del self.fields["times"]
            del self.fields["already_happened"]

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_at"), data.get("ends_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", "The end must be after the start.")
        past = data.get("already_happened")
        if self.is_new and starts and starts < timezone.now() and not past:
            self.add_error(
                "starts_at",
                "This time has already passed. Choose a time to come, or tick “It already "
                "happened” to record a session held on paper.",
            )
        if self.is_new and past and ends and ends > timezone.now():
            self.add_error("ends_at", "A session you are recording must have ended already.")
        if self.is_new and past and (data.get("repeat") or Repeat.NEVER) != Repeat.NEVER:
            self.add_error("repeat", "Record a session that already happened one at a time.")
        if not data.get("venue_name", "").strip() and not data.get("online_link"):
            self.add_error("venue_name", "Say where the session is, or give an online link.")
        repeat = data.get("repeat") or Repeat.NEVER
        times = data.get("times") or 1
        if self.is_new and repeat != Repeat.NEVER and times < 2:
            self.add_error("times", "Say how many times it happens in all (2 or more).")
        data["repeat"], data["times"] = repeat, times
        if data.get("runners") and starts:
            self._check_vetting(data["runners"], starts, repeat if self.is_new else None, times)
        return data

    def _check_vetting(self, runners, starts, repeat, times):
        """Refuse a runner without a current vetting check when under-18s may come."""
        days = [timezone.localdate(starts)]
        if repeat and repeat != Repeat.NEVER:
            days = [timezone.localdate(day) for day in occurrence_starts(starts, repeat, times)]
        problems = vetting_problems(
            self.project, list(runners), first_day=min(days), last_day=max(days)
        )
        for problem in problems:
            self.add_error("runners", problem)

    def runners_chosen(self):
        """The people chosen to run the session, or None when the form does not ask."""
        return list(self.cleaned_data["runners"]) if "runners" in self.fields else None

    def session_fields(self):
        return {name: self.cleaned_data[name] for name in SESSION_FIELDS}


class NotesForm(forms.Form):
    notes = forms.CharField(
        label="Notes from the session",
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        max_length=10000,
        help_text="What happened, what was decided, what to do next.",
    )
