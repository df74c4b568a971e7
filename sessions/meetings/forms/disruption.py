from django import forms
from django.utils import timezone

from sessions.meetings.forms.sessions import DATETIME_WIDGET
from sessions.models import Disruption

Action = Disruption.Action


class DisruptionForm(forms.Form):
    action = forms.ChoiceField(
        label="What is happening to the session?",
        choices=[
            (Action.POSTPONED, "Postpone it to a new date"),
            (Action.MOVED_ONLINE, "Move it online, same time"),
            (Action.CANCELLED, "Cancel it"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose what is happening to the session."},
    )
    reason = forms.ChoiceField(
        label="Why",
        choices=Disruption.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose why."},
    )
    explanation = forms.CharField(
        label="Anything people should know (optional)",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        required=False,
        help_text="For example: “Snow is forecast and the A85 may close.”",
    )
    new_starts_at = forms.DateTimeField(
        label="New start (for a postponement)", widget=DATETIME_WIDGET, required=False
    )
    new_ends_at = forms.DateTimeField(
        label="New end (for a postponement)", widget=DATETIME_WIDGET, required=False
    )
    online_link = forms.URLField(
        label="Online link (for moving online)",
        required=False,
        assume_scheme="https",
        help_text="The video call people should join.",
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.session = session
        if session.online_link:
            self.fields["online_link"].initial = session.online_link

    def clean(self):
        data = super().clean()
        action = data.get("action")
        starts, ends = data.get("new_starts_at"), data.get("new_ends_at")
        if action == Action.POSTPONED:
            if not starts:
                self.add_error("new_starts_at", "Give the new date and time it starts.")
            elif starts < timezone.now():
                self.add_error("new_starts_at", "The new time has already passed.")
            if not ends:
                self.add_error("new_ends_at", "Give the new date and time it ends.")
            elif starts and ends <= starts:
                self.add_error("new_ends_at", "The end must be after the start.")
        if action == Action.MOVED_ONLINE and not data.get("online_link"):
            self.add_error("online_link", "Give the link people should use to join online.")
        return data
