from django import template

from projects.roles import role_phrase as _role_phrase

register = template.Library()


@register.filter
def role_phrase(role):
    """The role as words for a sentence: young_person becomes "a young person"."""
    return _role_phrase(role)
