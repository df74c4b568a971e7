"""Parts of a project's overview that other apps provide, without `projects` importing them.

An upper app (sessions, prototypes, payments) registers a section in its AppConfig.ready():

    sections.add(
        key="next_session",
        place=Place.NOW,
        template="meetings/includes/overview_next_session.html",
        build=next_session_for,   # (project, user, member) -> dict, or None to leave it out
        order=10,
    )

The overview asks every registered section for the person looking, and shows the ones that
answered in their place: NOW is "what is happening now and what I can do" (first for everyone),
ATTENTION is what needs the attention of the people running the project, and GLANCE is lower
down (figures about the project as a whole). An ATTENTION section's template renders list items
(`<li>…</li>`): they join the lead's "Needs your attention" list. `member` is the viewer's
active Participant row (None for a site administrator looking in). A section's build should
cost a fixed number of queries, whatever the size of the project.

The overview is the page everyone opens most, so a build caches what it reads for the
project's data version (projects/freshness.py): what everyone sees with `cached`, or with
`cached_until` when time alone changes it; what is the viewer's own under `for_person(name,
member)`. Cache plain values (numbers, strings, tuples), never model instances, and decide
what the viewer's role lets them see on every request, outside the cache. A section's HTML
can be kept too: its template wraps itself in {% cache freshness.timeout "name" freshness.key
… %}, naming after the key everything else it varies on (whose it is, what they may do, until
when time leaves it alone). The writes behind a cached section must move the version
(tests/sessions/test_services_move_the_version.py).
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import TextChoices


class Place(TextChoices):
    NOW = "now", "What is happening now"
    ATTENTION = "attention", "Needs your attention"
    GLANCE = "glance", "At a glance"


@dataclass(frozen=True)
class Section:
    key: str
    place: str
    template: str
    build: Any
    order: int


@dataclass(frozen=True)
class ShownSection:
    key: str
    template: str
    data: dict


class SectionRegistry:
    def __init__(self):
        self._sections = {}

    def add(self, *, key, place, template, build, order=100):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._sections[key] = Section(
            key=key, place=Place(place).value, template=template, build=build, order=order
        )

    def remove(self, key):
        self._sections.pop(key, None)

    def for_viewer(self, project, user, member):
        """{place: [ShownSection, …]} for every place, each list in order."""
        shown = {place.value: [] for place in Place}
        for section in sorted(self._sections.values(), key=lambda s: (s.order, s.key)):
            data = section.build(project, user, member)
            if data is not None:
                shown[section.place].append(
                    ShownSection(key=section.key, template=section.template, data=data)
                )
        return shown


sections = SectionRegistry()
