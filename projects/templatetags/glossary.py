"""{% term "prototype" %} shows a hard word with its plain meaning a tap or a key press away.

    {% load glossary %}
    You will make a {% term "prototype" %} together.
    We test the {% term "prototype" "prototypes" %} in March.

The word becomes a button that opens its meaning in a popover: it needs no script, works with a
keyboard, touch and screen readers (the button is announced as expanded or collapsed), and a
browser without popovers simply shows the meaning in brackets after the word. It is phrasing
content, so it may sit inside a paragraph, but not inside a link or another button.

The word is looked up in the project's own words first (the `project` in the context, or
project=...), then in the site-wide list. All words are fetched once per request, however many
times the tag is used. A word nobody has explained yet is shown as plain text.
"""

import secrets

from django import template
from django.urls import reverse
from django.utils.html import format_html

register = template.Library()


def _request_cache(context):
    """Looked-up words and a counter for unique ids, kept on the request (or, with no request,
    e.g. in an email, for this one rendering)."""
    request = context.get("request")
    if request is None:
        return context.render_context.setdefault("_glossary", _new_cache())
    if not hasattr(request, "_glossary"):
        request._glossary = _new_cache()
    return request._glossary


def _new_cache():
    # The prefix keeps ids unique when part of one page is fetched and swapped into another.
    return {"words": {}, "count": 0, "prefix": f"glossary-{secrets.token_hex(3)}"}


def _words(cache, project):
    from projects.selectors.glossary import terms_for

    key = project.pk if project is not None else None
    if key not in cache["words"]:
        cache["words"][key] = terms_for(project)
    return cache["words"][key]


@register.filter
def role_term(role):
    """The glossary word for a role, so a heading like "Local leads" can explain itself."""
    from projects.roles import ROLE_GLOSSARY_WORDS

    return ROLE_GLOSSARY_WORDS.get(role, "")


@register.simple_tag(takes_context=True)
def term(context, word, text=None, project=None):
    from projects.models import Project
    from projects.selectors.glossary import term_anchor

    shown = text or word
    if project is None and isinstance(context.get("project"), Project):
        project = context["project"]
    cache = _request_cache(context)
    entry = _words(cache, project).get(word.lower())
    if entry is None:
        return shown
    cache["count"] += 1
    popover_id = f"{cache['prefix']}-{cache['count']}"
    more_url = reverse("glossary") + "#" + term_anchor(entry, project)
    return format_html(
        '<span class="glossary-term">'
        '<button type="button" class="glossary-word" popovertarget="{id}">{shown}'
        '<span class="visually-hidden"> (what this means)</span></button>'
        '<span class="glossary-meaning" id="{id}" popover>'
        '<span class="glossary-meaning-text"><strong>{term}:</strong> {meaning}</span> '
        '<a class="glossary-more" href="{more}">All words explained</a> '
        '<button type="button" class="glossary-close btn btn-sm btn-outline-secondary" '
        'popovertarget="{id}" popovertargetaction="hide">Close'
        '<span class="visually-hidden"> the explanation of {term}</span></button>'
        "</span></span>",
        id=popover_id,
        shown=shown,
        term=entry.term,
        meaning=entry.plain_meaning,
        more=more_url,
    )
