from django import template

from projects.money import format_pence

register = template.Library()


@register.filter
def pounds(pence):
    """{{ contribution.amount_pence|pounds }} shows 500000 as £5,000.00 (always with pence)."""
    if pence is None or pence == "":
        return ""
    try:
        return format_pence(int(pence))
    except (TypeError, ValueError):
        return ""
