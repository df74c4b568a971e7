"""The one way form pages show errors: {% error_summary %} and {% error_title_prefix %}.

{% error_title_prefix %} gives "Error: " when the page holds a submitted form with errors: it
looks only at the forms the page names as such (`form`, `formset`, `*_form`, `*_formset`), so
nothing else in the page's context is worked out for it (the header's lazy parts stay unread).

base.html puts it at the start of the page <title>, so every form page, ours and the sign-in
pages alike, tells screen reader users at once that something needs fixing.
"""

from django import template
from django.forms import BaseForm
from django.forms.formsets import BaseFormSet

register = template.Library()


def _has_errors(value):
    if isinstance(value, BaseForm):
        return value.is_bound and bool(value.errors)
    if isinstance(value, BaseFormSet):
        return value.is_bound and not value.is_valid()
    return False


def _is_form_name(name):
    return isinstance(name, str) and (
        name in {"form", "formset"} or name.endswith(("_form", "_formset"))
    )


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    for layer in context.dicts:
        if any(_has_errors(value) for name, value in layer.items() if _is_form_name(name)):
            return "Error: "
    return ""


@register.inclusion_tag("includes/error_summary.html", takes_context=True)
def error_summary(context, *forms, save_note=True):
    """The error summary for the given forms (the context's `form` when none are given)."""
    forms = forms or (context.get("form"),)
    return {"forms": [form for form in forms if _has_errors(form)], "save_note": save_note}
