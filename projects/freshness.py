"""Cached figures that are never stale after a change: a version number on each project.

`Project.data_version` goes up by one in the same transaction as every write that changes
what a project's pages count, total or list (people, invitations, partners, funding, spending,
decisions, project words; sessions, replies and attendance, time polls, ideas, comments, test
rounds and their answers, evaluation sheets, claims and payment terms); saving the project row
(settings, stage) moves it too (`Project.save`). Cached fragments and figures
put the version in their key, so after a change every web process, on every server, looks
under a new key and works the figures out afresh: nothing has to be deleted from any cache,
and a per-process cache (the embedded default) is as safe as a shared one. Old keys simply
age out.

    with project_changing(project):        # a write in a view
        form.save()

    project_changed(project)                # inside a service's own transaction

    @transaction.atomic
    @changes_project(via="participant")     # a service names what leads to its project
    def member_approve(*, participant, by): ...

    cached(project, "decision_summary", lambda: decision_summary(project))

Some figures change with time alone: a session ends, a test round closes, a new day starts.
Their builder also says until when its answer holds, and `cached_until` works it out again
once that moment has passed:

    cached_until(project, "next_session", lambda now: (first_session(now), its_end))

What one person sees of their own (their reply, their claims) is cached under a key of their
own, `for_person(name, member)`, and only ever read back for them. Whatever depends on what
the viewer may do (a role's permission) is decided on every request, outside the cache.

Cached values are plain numbers, strings and tuples where they can be: unpickling model
instances from a cache costs more than the queries that made them. Bigger pieces of a page
are cached as HTML with {% cache freshness.timeout "name" freshness.key %} (see
`fragment_freshness`).
"""

import functools
from contextlib import contextmanager
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from codesign.runtime.signed_in import new_generation
from projects.models import Project

# Old versions are never read again; this only bounds how long they take up room, and how
# long a change made outside the app (the admin site, the database itself) can go unseen.
TIMEOUT = 10 * 60


def project_changed(project):
    """Move the project to a new data version; call inside the transaction that writes."""
    project_changed_by_id(project.pk)
    # The object in hand reads its new version; the database holds the counted truth.
    project.refresh_from_db(fields=["data_version"])


def project_changed_by_id(*project_ids):
    Project.objects.filter(pk__in=project_ids).update(data_version=F("data_version") + 1)
    projects_changed()


# What spans projects (the header's list of a person's projects) is kept under one generation
# that any project's change renews.
PROJECTS_GENERATION = "projects:generation"


def projects_changed():
    """Some project's data changed: what spans projects is worked out again."""
    new_generation(PROJECTS_GENERATION)


def changes_pages(service):
    """Decorate a write that changes what a page shows without changing any project's data
    (a person's own reminders or answer about future work, a legal hold, a sign-in card):
    pages kept whole for their viewers (projects/views/kept_pages.py) are made afresh, now and
    when the write commits.

        @transaction.atomic
        @changes_pages
        def reminders_set(*, participant, choices): ...
    """

    @functools.wraps(service)
    def wrapper(*args, **kwargs):
        result = service(*args, **kwargs)
        projects_changed()
        return result

    wrapper.changes_pages = True
    return wrapper


@contextmanager
def project_changing(project):
    """A transaction that moves the project to a new data version when it commits."""
    with transaction.atomic():
        yield
        project_changed(project)


def changes_project(via):
    """Decorate a service that writes to one project, below its @transaction.atomic, naming
    what leads to the project: the project moves to a new data version in the same transaction.

        @transaction.atomic
        @changes_project(via="claim")             # its `claim` argument's project
        def claim_approve(*, claim, by): ...

        @changes_project(via="test_round.prototype")   # an attribute path from an argument
        @changes_project(via="result")            # the project of what the service returns

    `via` names a keyword argument that is a Project or has a `project`, optionally followed by
    attributes to reach one. With the project in the arguments the version moves first, so every
    such write takes the project's row lock before any other: two writes to one project wait
    for each other instead of each holding a row the other needs. "result" moves it after the
    write, for a service that makes the thing that knows its project.
    """
    if not isinstance(via, str):
        raise TypeError('Say what leads to the project: @changes_project(via="participant").')
    name, *path = via.split(".")

    def decorate(service):
        @functools.wraps(service)
        def wrapper(*args, **kwargs):
            if name == "result":
                result = service(*args, **kwargs)
                _changed(_project_through(result, path, service))
                return result
            if name not in kwargs:
                raise TypeError(f"{service.__name__} was called without {name}=, its project.")
            _changed(_project_through(kwargs[name], path, service))
            return service(*args, **kwargs)

        wrapper.changes_project = True
        wrapper.changes_project_via = via
        return wrapper

    return decorate


def _changed(project):
    if isinstance(project, Project):
        project_changed(project)
    else:
        project_changed_by_id(project)


def _project_through(thing, path, service):
    """The project (or its id) at the end of `path` from `thing`."""
    for attribute in path:
        thing = getattr(thing, attribute)
    if isinstance(thing, Project):
        return thing
    if thing is not None and hasattr(thing, "project_id"):
        # The project object when it is already loaded, so the caller's copy reads the new
        # version; otherwise its id, with no query.
        field = type(thing)._meta.get_field("project")
        return thing.project if field.is_cached(thing) else thing.project_id
    raise TypeError(f"{service.__name__}: no project found through {'.'.join(path) or 'it'}.")


def cache_key(project, name):
    # One counter: saving the project row moves it too (Project.save).
    return f"project:{project.pk}:v{project.data_version}:{name}"


@dataclass(frozen=True)
class Freshness:
    key: str
    timeout: int = TIMEOUT


def fragment_freshness(project):
    """What a template's {% cache %} block varies on, for one version of a project's data."""
    return Freshness(key=cache_key(project, "fragment"))


def cached(project, name, build):
    """`build()`'s result for this version of the project's data, worked out at most once."""
    return cache.get_or_set(cache_key(project, name), build, TIMEOUT)


def cached_until(project, name, build, *, now=None):
    """`build(now)` returns (value, until): the value, and the moment from which time alone
    makes it wrong (a session ending, a new day), or None when only a write can. The value is
    kept for this version of the project's data and worked out again once `until` has passed.
    """
    now = now or timezone.now()
    key = cache_key(project, name)
    kept = cache.get(key)
    if kept is not None and (kept[1] is None or now < kept[1]):
        return kept[0]
    value, until = build(now)
    cache.set(key, (value, until), TIMEOUT)
    return value


def for_person(name, member):
    """The name of one person's own part of a page: only ever read back for that person."""
    return f"{name}:person:{member.pk}"
