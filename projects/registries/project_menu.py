"""The menu shown at the top of every page of a project, filled by every app without `projects`
importing them.

An app adds its pages in its AppConfig.ready(), one line each:

    project_menu.add(label="Sessions", url_name="sessions:list", perm="projects.view_project",
                     order=20, top_for=EVERYONE)

`perm` is checked against the project for the person looking; `top_for` lists the roles that use
the page most: for them it is one of the few entries shown on a phone before "More". A page
counts as current when its address starts with the entry's address (the longest match wins), or
when its URL name is in `also`. An entry whose URL name does not exist (an app not installed) is
left out.
"""

import hashlib
from dataclasses import dataclass, field

from django.core.cache import cache
from django.urls import NoReverseMatch, reverse

from codesign.runtime.infrastructure import shared_cache_answers
from codesign.runtime.signed_in import account_generation_key, generation
from projects.freshness import TIMEOUT, cache_key, for_person
from projects.roles import RUNNING_ROLES as RUNNING  # noqa: F401 (for the apps that add pages)
from projects.roles import TAKING_PART_ROLES as TAKING_PART
from projects.roles import Role

EVERYONE = frozenset(Role)

# How many entries, after the overview, stay out of "More": on a phone, and on a computer.
SHOWN_ON_A_PHONE = 3
SHOWN_ON_A_COMPUTER = 6


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    url_name: str
    perm: str
    order: int
    top_for: frozenset
    also: tuple = ()
    show_if: object = None  # (project) -> bool, for pages that exist only sometimes


@dataclass(frozen=True)
class Link:
    key: str
    label: str
    url: str
    current: bool


@dataclass
class Menu:
    overview: Link
    phone: list = field(default_factory=list)  # shown at every width
    computer: list = field(default_factory=list)  # shown inline on a computer, in "More" on a phone
    more: list = field(default_factory=list)  # in "More" at every width
    current: Link | None = None

    @property
    def more_is_current(self):
        return any(link.current for link in self.more)

    @property
    def more_is_current_on_a_phone(self):
        return self.more_is_current or any(link.current for link in self.computer)


class ProjectMenu:
    def __init__(self):
        self._entries = {}

    def add(self, *, label, url_name, perm, order, top_for=(), also=(), show_if=None, key=None):
        key = key or url_name
        self._described = None
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._entries[key] = Entry(
            key=key,
            label=label,
            url_name=url_name,
            perm=perm,
            order=order,
            top_for=frozenset(top_for),
            also=tuple(also),
            show_if=show_if,
        )

    def remove(self, key):
        self._entries.pop(key, None)
        self._described = None

    def _fingerprint(self):
        """A short name for the entries as registered now, in the kept menus' cache key: a
        release that adds, moves or guards an entry differently never reads a menu an earlier
        one kept."""
        if getattr(self, "_described", None) is None:
            described = sorted(
                (e.key, e.order, e.url_name, e.perm, e.show_if is not None)
                for e in self._entries.values()
            )
            self._described = hashlib.blake2s(repr(described).encode(), digest_size=6).hexdigest()
        return self._described

    def for_viewer(self, project, user, member, path, view_name):
        """The entries this person may open, split by where they show, the current one marked."""
        role = member.role if member is not None else Role.LEAD
        allowed = self._allowed_kept(project, user)
        current_key = _current_key(allowed, path, view_name)
        links = [
            (entry, Link(entry.key, entry.label, url, entry.key == current_key))
            for entry, url in allowed
        ]
        (_, overview), rest = links[0], links[1:]
        # This person's own pages first, then pages for everyone, then pages others use most.
        ranked = sorted(rest, key=lambda pair: (_closeness(pair[0], role), pair[0].order))
        top = [link for entry, link in ranked if role in entry.top_for][:SHOWN_ON_A_PHONE]
        others = [link for _, link in ranked if link not in top]
        wide = others[: SHOWN_ON_A_COMPUTER - len(top)]
        in_order = [link for _, link in rest]
        more = [link for link in in_order if link not in top and link not in wide]
        menu = Menu(overview=overview, phone=top, computer=wide, more=more)
        menu.current = next((link for _, link in links if link.current), None)
        return menu

    def _allowed(self, project, user):
        allowed = []
        for entry in sorted(self._entries.values(), key=lambda e: (e.order, e.key)):
            if entry.show_if is not None and not entry.show_if(project):
                continue
            if not user.has_perm(entry.perm, project):
                continue
            try:
                url = reverse(entry.url_name, kwargs={"slug": project.slug})
            except NoReverseMatch:
                continue
            allowed.append((entry, url))
        return allowed

    def _allowed_kept(self, project, user):
        """The entries and their addresses, kept for this person and this version of the
        project's data (what they may open follows their place in it, or their account)."""
        if not shared_cache_answers(cache):
            return self._allowed(project, user)
        key = for_person(cache_key(project, f"menu-{self._fingerprint()}"), user)
        person_key = account_generation_key(user)
        kept = cache.get_many([key, person_key])
        stamp = kept.get(person_key) or generation(person_key)
        if key in kept and kept[key][0] == stamp:
            entries = [(self._entries.get(entry_key), url) for entry_key, url in kept[key][1]]
            if all(entry is not None for entry, _ in entries):
                return entries
        allowed = self._allowed(project, user)
        cache.set(key, (stamp, [(entry.key, url) for entry, url in allowed]), TIMEOUT)
        return allowed


def _closeness(entry, role):
    if role in entry.top_for:
        return 0
    return 1 if not entry.top_for else 2


def _current_key(allowed, path, view_name):
    for entry, _url in allowed:
        if view_name in entry.also:
            return entry.key
    matches = [(len(url), entry.key) for entry, url in allowed if path.startswith(url)]
    return max(matches)[1] if matches else None


project_menu = ProjectMenu()


def register_project_pages(menu):
    """The pages `projects` itself provides. The overview comes first (lowest order)."""
    view = "projects.view_project"
    menu.add(label="Overview", url_name="projects:detail", perm=view, order=0, top_for=EVERYONE)
    # Sessions (order 20), prototypes (order 25), outcomes (order 65) and payments (order 75)
    # are added by the apps that provide those pages.
    menu.add(
        label="Partners and funding",
        url_name="projects:partners",
        perm="projects.view_partners",
        order=50,
        top_for={Role.LEAD},
    )
    menu.add(
        label="Updates",
        url_name="projects:updates",
        perm=view,
        order=60,
        top_for=TAKING_PART | {Role.LEAD},
    )
    menu.add(
        label="Outcomes", url_name="projects:outcomes", perm=view, order=65, top_for={Role.LEAD}
    )
    menu.add(label="Files and reports", url_name="projects:resources", perm=view, order=70)
    menu.add(label="Decisions", url_name="projects:decisions", perm=view, order=80)
    menu.add(label="Reflections", url_name="projects:reflections", perm=view, order=85)
    menu.add(label="Project words", url_name="projects:glossary", perm=view, order=90)
    menu.add(label="Stage", url_name="projects:stage", perm="projects.change_stage", order=100)
    menu.add(
        label="Project settings",
        url_name="projects:edit",
        perm="projects.change_project",
        order=110,
    )
    menu.add(
        label="Privacy and retention",
        url_name="projects:privacy",
        perm="projects.view_privacy",
        order=115,
    )
    menu.add(
        label="Public page",
        url_name="public:project",
        perm=view,
        order=120,
        show_if=lambda project: project.is_public,
    )
