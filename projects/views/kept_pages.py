"""Whole project pages kept for the person who asked, for one version of the project's data;
and public pages, kept alike for everyone signed out (`kept_for_visitors`).

    @login_required
    @require_GET
    @kept_for_the_viewer("people")         # next to the view, under the other checks
    def people(request, slug): ...

A list page with 2,000 people behind it costs tens of milliseconds to work out and render;
read back, it costs about as much as a page that does nothing. The page is kept under a key
made of everything it can depend on:

- the project and its data version (every write moves it: projects/freshness.py), so a change
  is seen on the next request, by every web process;
- the person who asked; and, kept with the page and read in the same round trip, the
  generation of their account (a change to their account, their unread count or their sign-out
  makes a new one) and of the projects list in the header (any project's change, or a write
  marked @changes_pages, makes a new one): two people never share a page, whatever each may
  see;
- the address with its query (page, filters), the language, the form token's secret (so the
  forms on a kept page still send a token that is accepted);
- the current minute (`fresh_for`): what time alone changes (a session starting, a claim
  turning late) shows within that long.

Nothing is kept or served when: the request is not a plain GET (htmx asks are never kept);
there are messages to show (they are shown once); the browser has no form-token cookie yet;
the answer is not a plain 200 page; or the cache is not one every web process shares and
answering now (codesign/runtime/infrastructure.py), since the generations live there. Then the
view runs as if nothing were kept. Who may see the project is checked on every request. Form
tokens are kept as a mark and masked afresh for each response.
"""

import functools
import hashlib
import re

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from codesign.runtime.infrastructure import shared_cache_answers
from codesign.runtime.signed_in import account_generation_key, generation
from projects.freshness import PROJECTS_GENERATION
from projects.models import Project
from projects.roles import MemberStatus

# Old keys are never read again (the version, generation or minute moved on); this bounds the
# room they take.
TIMEOUT = 10 * 60

# The names of the views kept this way, for the tests that hold each one to the rules above.
KEPT_PAGES = {}

# Headers the view set go back out with a kept page, but never a cookie or a length (the
# middleware adds those, and the rest, again).
_NOT_KEPT_HEADERS = {"set-cookie", "content-length"}


def kept_for_the_viewer(name, *, fresh_for=60):
    """Keep the view's page per viewer and project data version (see the module's docstring).
    The view takes the project's slug as `slug`."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, slug, **kwargs):
            if not _may_keep(request):
                return view(request, slug, **kwargs)
            # Only a page for someone who may see the project is kept or served: anyone else
            # gets what the view says (not found, or the page saying their request waits).
            # What the viewer may do there was settled when the page was kept for them, under
            # this same data version and account.
            # (The rule for seeing a project is being one of its people: projects/rules.py.)
            found = _project_of_member(slug, request.user)
            if found is None:
                return view(request, slug, **kwargs)
            where = "{}:v{}".format(*found)
            return _served(request, name, where, fresh_for, view, slug, **kwargs)

        return _registered(name, wrapper)

    return decorate


def kept_for_the_person(name, *, fresh_for=60):
    """Keep a page of a person's own that spans their projects (their home, their messages,
    their hours): kept until any project's data or their account changes, or the minute ends."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if not _may_keep(request):
                return view(request, *args, **kwargs)
            return _served(request, name, "own", fresh_for, view, *args, **kwargs)

        return _registered(name, wrapper)

    return decorate


def kept_for_visitors(name, *, fresh_for=60):
    """Keep a page that everyone signed out sees alike (a project's public page) for one
    version of the project's data; a signed-in person's is made for them as usual. A page that
    puts a form token in its HTML is never kept."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, slug, **kwargs):
            if not _may_keep_for_a_visitor(request):
                return view(request, slug, **kwargs)
            found = Project.objects.public().filter(slug=slug).values_list("pk", "data_version")
            if not found:
                return view(request, slug, **kwargs)  # not found, as the view says
            (pk, version), *_ = found
            key = _page_key(request, name, f"{pk}:v{version}", fresh_for, "visitor")
            return _kept_or_made(request, key, (), view, slug, **kwargs)

        wrapper.kept_for_visitors = True
        return _registered(name, wrapper)

    return decorate


def _project_of_member(slug, user):
    """The project's id and data version when `user` takes part in it, else None: one query,
    compiled once, since it is asked on every kept page and compiling it each time would cost
    more than everything else a kept page does."""
    sql, order = _member_sql()
    values = {"slug": slug, "user": user.pk, "status": MemberStatus.ACTIVE.value}
    with connection.cursor() as cursor:
        cursor.execute(sql, [values[name] for name in order])
        return cursor.fetchone()


# Stand-ins for the values, to find where each goes in the compiled query.
_STAND_INS = {"\x00slug": "slug", -7: "user", "\x00status": "status"}


@functools.cache
def _member_sql():
    rows = Project.objects.filter(
        slug="\x00slug", participants__user=-7, participants__status="\x00status"
    )
    sql, params = rows.order_by().values_list("pk", "data_version")[:1].query.sql_with_params()
    return sql, [_STAND_INS[param] for param in params]


def _registered(name, wrapper):
    if name in KEPT_PAGES:
        raise ValueError(f"Two pages are kept as {name!r}: give each its own name.")
    wrapper.kept_page = name
    KEPT_PAGES[name] = wrapper
    return wrapper


def _served(request, name, where, fresh_for, view, *args, **kwargs):
    """A signed-in person's page: kept under their account's generation and the projects
    list's, read in the same round trip as the page."""
    secret = hashlib.sha256(request.META["CSRF_COOKIE"].encode()).hexdigest()[:16]
    key = _page_key(request, name, where, fresh_for, f"person:{request.user.pk}:{secret}")
    generations = (account_generation_key(request.user), PROJECTS_GENERATION)
    return _kept_or_made(request, key, generations, view, *args, **kwargs)


def _kept_or_made(request, key, generations, view, *args, **kwargs):
    found = cache.get_many([key, *generations])
    stamp = tuple(found.get(name) or generation(name) for name in generations)
    kept = found.get(key)
    if kept is not None and kept[0] == stamp:
        return _response(request, kept)
    response = view(request, *args, **kwargs)
    if _may_store(request, response):
        headers = {h: v for h, v in response.items() if h.lower() not in _NOT_KEPT_HEADERS}
        cache.set(key, (stamp, _without_tokens(response.content), headers), TIMEOUT)
    return response


# Form tokens are kept as a mark and masked afresh for every response, as a page made anew
# is: the secret never goes out as the same bytes twice (see CompressTextMiddleware).
_TOKEN = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"')
_TOKEN_MARK = b"\x00form-token\x00"


def _without_tokens(content):
    for token in set(_TOKEN.findall(content)):
        content = content.replace(token, _TOKEN_MARK)
    return content


def _with_tokens(request, content):
    if _TOKEN_MARK in content:
        content = content.replace(_TOKEN_MARK, get_token(request).encode())
    return content


def _may_keep(request):
    return (
        request.method == "GET"
        and getattr(settings, "KEEP_PAGES", True)
        and request.user.is_authenticated
        and not request.headers.get("HX-Request")
        and settings.CSRF_COOKIE_NAME in request.COOKIES
        and "CSRF_COOKIE" in request.META
        and not len(get_messages(request))
        and shared_cache_answers(cache)
    )


def _may_keep_for_a_visitor(request):
    return (
        request.method == "GET"
        and getattr(settings, "KEEP_PAGES", True)
        and not request.user.is_authenticated
        and not request.headers.get("HX-Request")
        and not len(get_messages(request))
        and shared_cache_answers(cache)
    )


def _may_store(request, response):
    return (
        response.status_code == 200
        # A form token made for this browser alone: only a signed-in person's page, kept for
        # them with the token's secret in its key, may hold one.
        and (request.user.is_authenticated or not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))
        and not response.streaming
        and not response.cookies
        # A message added while the page was made was shown on it.
        and not len(get_messages(request))
    )


def _page_key(request, name, where, fresh_for, who):
    minute = int(timezone.now().timestamp() // fresh_for)
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:24]
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"page:{name}:{where}:{who}:{minute}:{language}:{address}"


def _response(request, kept):
    _, content, headers = kept
    response = HttpResponse(_with_tokens(request, content))
    for header, value in headers.items():
        response[header] = value
    return response
