from django import template

from participants.selectors.membership import told_apart_name
from projects.roles import role_phrase as _role_phrase

register = template.Library()


@register.filter
def role_phrase(role):
    """The role as words for a sentence: young_person becomes "a young person"."""
    return _role_phrase(role)


@register.filter
def told_apart(person, shared_names):
    """A person's name as a list shows it: "Jay", or "Jay (ref 214)" when someone else in the
    project has the same name (`shared_names`, from participants.selectors.membership)."""
    return told_apart_name(person, shared_names)
