"""Forms for deciding and paying claims."""

from django import forms
from django.utils import timezone

from codesign.forms import OneLineField
from sessions.models import Route


class DecideForm(forms.Form):
    APPROVE, DECLINE = "approve", "decline"

    decision = forms.ChoiceField(
        label="Your decision",
        choices=[(APPROVE, "Approve the claim"), (DECLINE, "Decline the claim")],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose approve or decline."},
    )
    reason = forms.CharField(
        label="Why it is declined (only if you decline)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="The person is told this reason.",
    )

    def __init__(self, *args, under_18, **kwargs):
        super().__init__(*args, **kwargs)
        if under_18:
            self.fields["under_18_check"] = forms.BooleanField(
                label="I have checked that a payment is right for this person, or an "
                "alternative reward is agreed with them",
                required=False,
            )

    def clean(self):
        data = super().clean()
        decision = data.get("decision")
        if decision == self.DECLINE and not (data.get("reason") or "").strip():
            self.add_error("reason", "Give a reason: the person is told why.")
        needs_check = "under_18_check" in self.fields and not data.get("under_18_check")
        if decision == self.APPROVE and needs_check:
            self.add_error(
                "under_18_check", "This person may be under 18: confirm the check first."
            )
        return data


class PayForm(forms.Form):
    paid_on = forms.DateField(
        label="Paid on",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": "Enter the day it was paid.",
            "invalid": "Enter a real date, for example 12 March 2026.",
        },
    )
    route = forms.ChoiceField(
        label="How it was paid",
        choices=[c for c in Route.choices if c[0] not in (Route.LOWER, Route.NONE)],
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how it was paid."},
    )

    def clean_paid_on(self):
        day = self.cleaned_data["paid_on"]
        if day > timezone.localdate():
            raise forms.ValidationError("The day it was paid cannot be in the future.")
        return day


class UnpayForm(forms.Form):
    reason = forms.CharField(
        label="What happened",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="For example: “I chose the wrong claim.” The person is told this.",
        error_messages={"required": "Say what happened: the person is told why."},
    )

    def clean_reason(self):
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Say what happened: the person is told why.")
        return reason


class FinanceForm(forms.Form):
    start = forms.DateField(
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Enter the first day.", "invalid": "Enter a real date."},
    )
    end = forms.DateField(
        label="To",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": "Enter the last day.", "invalid": "Enter a real date."},
    )

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", "The last day must be on or after the first day.")
        return data


class LetterNameForm(forms.Form):
    """The name to print on a letter about payments: the one a benefits adviser knows. Kept
    only on the letter, never saved."""

    full_name = OneLineField(
        label="Your full name, as your benefits adviser knows it",
        max_length=120,
        help_text="It is printed on the letter only. We do not keep it.",
        error_messages={"required": "Type your full name to put on the letter."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
