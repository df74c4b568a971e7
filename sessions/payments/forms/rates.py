"""Forms for the rate card and the payment terms."""

from django import forms

from projects.money import MoneyField
from projects.roles import Role
from sessions.models import PaymentTerms, Rate
from sessions.payments.models import CO_TRAINER, CO_TRAINER_LABEL

# More than this for an hour or a session is a typing slip.
MAX_RATE_PENCE = 1000 * 100


class RateForm(forms.Form):
    per = forms.ChoiceField(
        label="Paid",
        choices=Rate.Per.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose per hour, per session or a flat fee."},
    )
    amount = MoneyField(
        label="Amount (£)",
        max_pence=MAX_RATE_PENCE,
        error_messages={"required": "Enter the amount, for example 15.00."},
    )
    roles = forms.MultipleChoiceField(
        label="Who this rate is for",
        choices=[*Role.choices, (CO_TRAINER, CO_TRAINER_LABEL)],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one role this rate is for."},
    )
    valid_from = forms.DateField(
        label="From",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text="Claims for sessions on or after this day use this rate.",
        error_messages={
            "required": "Enter the day this rate starts.",
            "invalid": "Enter a real date, for example 6 April 2026.",
        },
    )


class PaymentTermsForm(forms.ModelForm):
    travel_without_receipt = MoneyField(
        label="Travel people may claim without a receipt, up to (£)",
        required=False,
        help_text="A cash bus fare or a lift has no receipt. The approver sees which claims had "
        "none. Leave empty or 0 to pay travel back only against a receipt.",
    )
    notice = MoneyField(
        label="Tell people when their payments this tax year come near (£)",
        required=False,
        help_text="For example the amount above which payments may affect welfare benefits. "
        "Leave empty for no notice.",
    )

    class Meta:
        model = PaymentTerms
        fields = ["paid_within_days", "preparation_minutes"]
        error_messages = {
            "paid_within_days": {"required": "Enter a number of days, for example 14."},
            "preparation_minutes": {"required": "Enter a number of minutes, or 0."},
        }

    def clean_paid_within_days(self):
        days = self.cleaned_data["paid_within_days"]
        if not 1 <= days <= 90:
            raise forms.ValidationError("Enter a number of days from 1 to 90.")
        return days

    def clean_preparation_minutes(self):
        minutes = self.cleaned_data["preparation_minutes"]
        if minutes > 8 * 60:
            raise forms.ValidationError("Preparation can be at most 480 minutes (8 hours).")
        return minutes
