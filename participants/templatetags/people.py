from django import template

from participants.selectors import role_phrase as _role_phrase

register = template.Library()


@register.filter
def role_phrase(role):
    """ "young_person" → "a young person", for sentences like "joined as a young person"."""
    return _role_phrase(role)
