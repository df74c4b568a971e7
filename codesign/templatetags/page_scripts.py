"""{% page_scripts %}…{% endpage_scripts %} around a page's body: the body, then only the
scripts something in it needs, so a page without htmx attributes never downloads htmx.

Which markup needs which script is listed once, in NEEDS; the base template names the scripts
every page needs itself. Looking at the finished HTML, rather than asking each template to
declare its scripts, keeps a partial that brings htmx into a page from forgetting the script.
"""

import re

from django import template
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django_htmx.jinja import htmx_script

register = template.Library()

HTMX = "htmx"
# What in a page's HTML calls for a script, in the order the scripts load.
NEEDS = [
    (re.compile(r"\s(?:data-)?hx-[a-z-]+="), HTMX),
    (re.compile(r"\sdata-error-summary[\s=>]"), "js/error-summary.js"),
    (re.compile(r"""class=["'][^"']*\bglossary-word\b"""), "js/glossary.js"),
]


def scripts_needed(html):
    return [script for pattern, script in NEEDS if pattern.search(html)]


def script_tags(scripts, nonce=None):
    tags = []
    for script in scripts:
        if script == HTMX:
            tags.append(htmx_script(nonce=nonce))
        else:
            tags.append(format_html('<script src="{}" defer></script>', static(script)))
    return mark_safe("\n  ".join(tags))  # each tag was escaped above


class PageScriptsNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        html = self.nodelist.render(context)
        tags = script_tags(scripts_needed(html), nonce=context.get("csp_nonce"))
        return f"{html}\n  {tags}" if tags else html


@register.tag
def page_scripts(parser, token):
    nodelist = parser.parse(("endpage_scripts",))
    parser.delete_first_token()
    return PageScriptsNode(nodelist)
