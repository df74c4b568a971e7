"""`<img ... {% small_size picture %}>`: the width and height of a picture's small copy, so the
page keeps its space before the picture arrives (and checks of touch targets see its size)."""

from django import template
from django.utils.html import format_html

from projects.files.images import thumbnail_size

register = template.Library()


@register.simple_tag
def small_size(picture):
    width, height = thumbnail_size(picture.width, picture.height)
    return format_html('width="{}" height="{}"', width, height)
