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


def submitted(request):
    """What to bind a form to: the posted data when the form was sent (even if empty, so an
    empty form shows its errors), otherwise None for a fresh form."""
    return request.POST if request.method == "POST" else None


def submitted_files(request):
    return request.FILES if request.method == "POST" else None
