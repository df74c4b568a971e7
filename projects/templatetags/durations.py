"""{{ minutes|duration }}: a length of time in words, "2 hours 30 minutes", never "2:30:00"."""

from datetime import timedelta

from django import template

register = template.Library()


@register.filter
def duration(value):
    """Words for a number of minutes or a timedelta: "45 minutes", "1 hour", "2 hours 30
    minutes". Empty for nothing."""
    if value is None or value == "":
        return ""
    minutes = round(value.total_seconds() / 60) if isinstance(value, timedelta) else int(value)
    hours, minutes = divmod(max(minutes, 0), 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'' if hours == 1 else 's'}")
    if minutes or not hours:
        parts.append(f"{minutes} minute{'' if minutes == 1 else 's'}")
    return " ".join(parts)
