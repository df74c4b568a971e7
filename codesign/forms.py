"""Form pieces every app shares."""

from django import forms


def one_line(text):
    """Runs of spaces, tabs and line breaks become one space, with none at either end."""
    return " ".join((text or "").split())


class OneLineField(forms.CharField):
    """A line of text such as a name or a title, tidied with `one_line` before it is checked.

    Text that is only spaces counts as empty, so the field's "required" message explains it.
    """

    def to_python(self, value):
        return one_line(super().to_python(value)) or self.empty_value


TITLE_TOO_LONG = "Keep the title to %(limit_value)d characters or fewer (it has %(show_value)d)."


class AddressField(forms.CharField):
    """A postal address, a line each: spaces around lines and empty lines are dropped."""

    widget = forms.Textarea(attrs={"rows": 3, "autocomplete": "street-address"})

    def to_python(self, value):
        lines = (line.strip() for line in super().to_python(value).splitlines())
        return "\n".join(line for line in lines if line)


def submitted(request):
    """What to bind a form to: the posted data when the form was sent (even if empty, so an
    empty form shows its errors), otherwise None for a fresh form."""
    return request.POST if request.method == "POST" else None


def submitted_files(request):
    return request.FILES if request.method == "POST" else None


# The largest id a database row can have (a signed 64-bit integer).
BIGGEST_ID = 2**63 - 1


def _id_in_range(value):
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return True  # not a number at all: Django's own check refuses it in plain words
    return -BIGGEST_ID - 1 <= number <= BIGGEST_ID


class ModelChoiceField(forms.ModelChoiceField):
    """A choice of one row. An id too big for any database is a wrong choice like any other,
    not an error page (SQLite cannot even compare it)."""

    def to_python(self, value):
        wrong = value not in self.empty_values and not _id_in_range(value)
        if self.to_field_name is None and wrong:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several rows, refusing ids too big for any database like any wrong choice."""

    def _check_values(self, value):
        if self.to_field_name is None:
            for pk in value or ():
                if not _id_in_range(pk):
                    raise forms.ValidationError(
                        self.error_messages["invalid_choice"],
                        code="invalid_choice",
                        params={"value": pk},
                    )
        return super()._check_values(value)
