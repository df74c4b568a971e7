from django import forms
from django.utils import timezone

from sessions.meetings.forms.sessions import DATETIME_WIDGET
from sessions.models import Availability, TimePoll

MAX_OPTIONS = 5


class PollForm(forms.ModelForm):
    """Propose two to five times; the session's details are copied when one is picked."""

    online_link = forms.URLField(label="Online link", required=False, assume_scheme="https")

    class Meta:
        model = TimePoll
        fields = TimePoll.SESSION_FIELDS
        labels = {
            "offers_travel": "Travel costs paid",
            "offers_childcare": "Childcare provided or paid",
            "offers_food": "Food provided",
            "capacity": "Places (optional)",
            "question_1": "A question for people replying (optional)",
            "question_2": "Another question (optional)",
            "question_3": "A third question (optional)",
        }
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "address": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, MAX_OPTIONS + 1):
            self.fields[f"starts_{n}"] = forms.DateTimeField(
                label=f"Time {n}: starts", widget=DATETIME_WIDGET, required=False
            )
            self.fields[f"ends_{n}"] = forms.DateTimeField(
                label=f"Time {n}: ends", widget=DATETIME_WIDGET, required=False
            )

    def clean(self):
        data = super().clean()
        options = []
        for n in range(1, MAX_OPTIONS + 1):
            starts, ends = data.get(f"starts_{n}"), data.get(f"ends_{n}")
            if not starts and not ends:
                continue
            if not starts or not ends:
                self.add_error(f"starts_{n}", f"Give both a start and an end for time {n}.")
            elif ends <= starts:
                self.add_error(f"ends_{n}", f"Time {n} must end after it starts.")
            elif starts < timezone.now():
                self.add_error(f"starts_{n}", f"Time {n} has already passed.")
            else:
                options.append((starts, ends))
        if len(options) < 2 and not self.errors:
            self.add_error(None, "Give at least two times to choose from.")
        self.options = options
        return data

    def poll_fields(self):
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class AvailabilityForm(forms.Form):
    def __init__(self, *args, options, mine, **kwargs):
        super().__init__(*args, **kwargs)
        self.options = options
        for option in options:
            local = timezone.localtime(option.starts_at)
            ends = timezone.localtime(option.ends_at)
            self.fields[f"option_{option.pk}"] = forms.ChoiceField(
                label=f"{local:%A %-d %B, %H:%M} to {ends:%H:%M}",
                choices=Availability.Answer.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=mine.get(option.pk),
            )

    def clean(self):
        data = super().clean()
        if not any(data.get(f"option_{o.pk}") for o in self.options):
            raise forms.ValidationError("Answer at least one of the times.")
        return data

    def answers(self):
        return {
            o: self.cleaned_data[f"option_{o.pk}"]
            for o in self.options
            if self.cleaned_data.get(f"option_{o.pk}")
        }
