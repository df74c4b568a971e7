"""Money is stored as whole pence (integers) everywhere; this module turns pence into words
people read (£1,234.56) and what people type ("£5,000", "5000.5") into pence.

Amounts are always shown with their pence (£5,000.00, never £5,000), so that columns of
money line up and a finance team reads exactly what was recorded.
"""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError

# Nothing a co-design project records comes near this; anything above it is a typing slip.
MAX_PENCE = 10_000_000 * 100

# Whole pounds with or without thousands commas, then optional pence: 5000, 5,000, 5000.5, .50
_AMOUNT = re.compile(r"^(?P<pounds>\d{1,3}(?:,\d{3})+|\d+)?(?:\.(?P<pence>\d*))?$")
_MINUS_SIGNS = ("-", "\u2212", "\u2013")


def format_pence(pence):
    """£1,234.56 for 123456 pence; -£12.00 for -1200; an empty string for None."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    pounds, pennies = divmod(abs(int(pence)), 100)
    return f"{sign}£{pounds:,}.{pennies:02d}"


def pence_to_plain(pence):
    """5000.00 for 500000 pence: no pound sign and no commas, for spreadsheets and forms."""
    if pence is None:
        return ""
    sign = "-" if pence < 0 else ""
    pounds, pennies = divmod(abs(int(pence)), 100)
    return f"{sign}{pounds}.{pennies:02d}"


class MoneyField(forms.Field):
    """A form field for an amount in pounds that cleans to whole pence (an int), or None."""

    default_error_messages = {
        "invalid": "Enter the amount in numbers, for example 5000 or £5,000.50.",
        "negative": "Amounts can't be negative. Enter the amount without a minus sign.",
        "decimals": "Use no more than 2 numbers after the decimal point, for example £12.50.",
        "zero": "Enter an amount more than £0.",
        "too_big": "That is more than £10,000,000.00. Check the amount.",
    }

    def __init__(self, *, max_pence=MAX_PENCE, **kwargs):
        self.max_pence = max_pence
        kwargs.setdefault(
            "widget",
            forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        if value is None:
            return None
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text in self.empty_values:
            return None
        return self._parse(text)

    def _parse(self, text):
        text = text.replace(" ", "")
        if text.startswith("£"):
            text = text[1:]
        if text.startswith(_MINUS_SIGNS) or (text.startswith("(") and text.endswith(")")):
            raise ValidationError(self.error_messages["negative"], code="negative")
        match = _AMOUNT.match(text)
        if not match or not (match["pounds"] or match["pence"]):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        pence_digits = match["pence"] or ""
        if len(pence_digits) > 2:
            raise ValidationError(self.error_messages["decimals"], code="decimals")
        pounds = Decimal((match["pounds"] or "0").replace(",", ""))
        pence = int(pounds * 100 + Decimal((pence_digits + "00")[:2]))
        if pence > self.max_pence:
            raise ValidationError(self.error_messages["too_big"], code="too_big")
        if pence == 0:
            raise ValidationError(self.error_messages["zero"], code="zero")
        return pence

    def prepare_value(self, value):
        # Stored pence come back to the form as pounds; what someone typed stays as they typed it.
        if isinstance(value, int):
            return pence_to_plain(value)
        return value
