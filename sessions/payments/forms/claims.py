"""Forms for claims: time, how to be paid, and expenses with a receipt photo or PDF."""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from codesign.forms import OneLineField
from projects.files.images import image_process
from projects.files.pdfs import pdf_clean
from projects.files.uploads import check_upload
from projects.money import MoneyField, format_pence
from sessions.models import Expense, Route

MAX_RECEIPT_BYTES = 10 * 1024 * 1024
# No single expense for one session comes near this: more is a typing slip.
MAX_EXPENSE_PENCE = 500 * 100
RECEIPT_HELP = "A photo (JPEG, PNG or WebP) or a PDF. Only you and the project leads can see it."
NOT_A_RECEIPT = "This file is not a photo or a PDF. Upload a photo of the receipt, or a PDF."


@dataclass(frozen=True)
class Receipt:
    name: str
    content: ContentFile
    content_type: str


def receipt_check(upload):
    """A receipt as it will be kept: a photo re-encoded without its metadata, or a PDF checked
    by what it contains and copied without its metadata. Raises ValidationError in plain words."""
    upload.seek(0)
    starts = upload.read(5)
    upload.seek(0)
    if starts == b"%PDF-":
        upload.name = "receipt.pdf"
        checked = check_upload(upload, max_bytes=MAX_RECEIPT_BYTES)
        return Receipt("receipt.pdf", ContentFile(pdf_clean(upload)), checked.content_type)
    try:
        picture = image_process(upload, max_bytes=MAX_RECEIPT_BYTES)
    except ValidationError as problem:
        if "not a picture" in " ".join(problem.messages):
            raise ValidationError(NOT_A_RECEIPT) from None
        raise
    return Receipt(f"receipt.{picture.extension}", picture.image, picture.content_type)


def _expense(label):
    return MoneyField(
        label=label,
        required=False,
        max_pence=MAX_EXPENSE_PENCE,
        help_text="Leave empty if none.",
    )


def _receipt(label):
    return forms.FileField(
        label=label,
        required=False,
        help_text=RECEIPT_HELP,
        widget=forms.ClearableFileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp,application/pdf"}
        ),
    )


class ClaimTimeForm(forms.Form):
    """Time and route: what can still change while a claim waits for a lead."""

    minutes = forms.IntegerField(
        label="Time to be paid for, in minutes",
        min_value=0,
        error_messages={
            "required": "Enter the time in minutes, or 0 if you are only claiming expenses.",
            "invalid": "Enter the time as a whole number of minutes, for example 120.",
            "min_value": "The time cannot be less than 0 minutes.",
        },
    )
    route = forms.ChoiceField(
        label="How would you like to be paid for your time?",
        choices=Route.choices,
        widget=forms.RadioSelect,
        help_text=(
            "Payments for your time can affect welfare benefits, and a voucher or prepaid card "
            "counts just like money. If you get benefits, you can take a lower amount or no "
            "payment for your time, and ask us for advice first. Expenses paid back against "
            "receipts do not count."
        ),
        error_messages={"required": "Choose how you would like to be paid."},
    )
    lower_amount = MoneyField(
        label="The lower amount you would like (only if you chose a lower amount)",
        required=False,
    )

    def __init__(self, *args, allowed_minutes, full_pay, **kwargs):
        super().__init__(*args, **kwargs)
        self.allowed_minutes = allowed_minutes
        self.full_pay = full_pay

    def clean_minutes(self):
        minutes = self.cleaned_data["minutes"]
        if minutes > self.allowed_minutes:
            raise ValidationError(
                f"You can claim up to {self.allowed_minutes} minutes for this session "
                "(its length plus any preparation the policy pays for)."
            )
        return minutes

    def clean(self):
        data = super().clean()
        if data.get("route") == Route.LOWER:
            lower = data.get("lower_amount")
            if lower is None:
                self.add_error("lower_amount", "Enter the lower amount you would like.")
            elif self.full_pay is not None and lower >= self.full_pay(data.get("minutes") or 0):
                self.add_error(
                    "lower_amount",
                    "The lower amount must be less than "
                    f"{format_pence(self.full_pay(data.get('minutes') or 0))}.",
                )
        return data


class ClaimForm(ClaimTimeForm):
    """A new claim: time and route, then expenses, each with its receipt."""

    travel = _expense("Travel (£)")
    travel_receipt = _receipt("Travel receipt")
    travel_no_receipt = forms.BooleanField(
        label="I have no receipt for this travel (a cash bus fare, or petrol for a lift)",
        required=False,
    )
    childcare = _expense("Childcare (£)")
    childcare_receipt = _receipt("Childcare receipt")
    other = _expense("Other costs (£)")
    other_what = OneLineField(label="What the other costs were for", required=False, max_length=200)
    other_receipt = _receipt("Receipt for other costs")

    def __init__(self, *args, travel_without_receipt_pence=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.travel_limit = travel_without_receipt_pence or 0
        if self.travel_limit:
            self.fields["travel_no_receipt"].help_text = (
                f"Up to {format_pence(self.travel_limit)}. Whoever approves claims sees that "
                "there was no receipt."
            )
        else:
            del self.fields["travel_no_receipt"]

    def clean(self):
        data = super().clean()
        if data.get("travel_no_receipt") and data.get("travel"):
            if data["travel"] > self.travel_limit:
                self.add_error(
                    "travel",
                    f"Without a receipt, travel can be up to {format_pence(self.travel_limit)}. "
                    "Lower the amount, or add a photo of the receipt and untick “no receipt”.",
                )
            if data.get("travel_receipt"):
                self.add_error("travel_no_receipt", "You added a receipt: untick “no receipt”.")
        for kind in Expense.Kind.values:
            upload = data.get(f"{kind}_receipt")
            if upload:
                try:
                    data[f"{kind}_receipt"] = receipt_check(upload)
                except ValidationError as problem:
                    self.add_error(f"{kind}_receipt", problem)
                    continue
            declared = kind == Expense.Kind.TRAVEL and data.get("travel_no_receipt")
            if data.get(kind) and not data.get(f"{kind}_receipt") and not declared:
                self.add_error(f"{kind}_receipt", "Add a photo or PDF of the receipt.")
            if data.get(f"{kind}_receipt") and not data.get(kind):
                self.add_error(kind, "Enter the amount on the receipt.")
        if data.get("other") and not data.get("other_what"):
            self.add_error("other_what", "Say what the other costs were for.")
        return data

    def expenses(self):
        data = self.cleaned_data
        return [
            {
                "kind": kind,
                "amount_pence": data[kind],
                "description": data.get("other_what", "") if kind == Expense.Kind.OTHER else "",
                "receipt": data.get(f"{kind}_receipt"),
                "declared": kind == Expense.Kind.TRAVEL and bool(data.get("travel_no_receipt")),
            }
            for kind in Expense.Kind.values
            if data.get(kind)
        ]
