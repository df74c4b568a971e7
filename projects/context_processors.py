from dataclasses import dataclass

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

HEADER_SECONDS = 10 * 60
SHOWN = 10


@dataclass(frozen=True)
class HeaderProject:
    title: str
    url: str


def site(request):
    """The signed-in user's projects for the header, worked out only if a template uses them."""
    user = getattr(request, "user", None)

    def nav_projects():
        if user is None or not user.is_authenticated:
            return []
        return header_projects(user)

    return {"nav_projects": SimpleLazyObject(nav_projects)}


def header_projects(user):
    """The first projects a person takes part in, by title: kept for them until any project
    changes (someone joins or leaves, a title changes) or their account does. The generations
    that say so live in the cache, so only a shared one that answers keeps the list."""
    from codesign.runtime.infrastructure import shared_cache_answers
    from codesign.runtime.signed_in import account_generation_key, generation
    from projects.freshness import PROJECTS_GENERATION
    from projects.models import Project

    def build():
        rows = Project.objects.for_user(user).only("title", "slug").order_by("title")[:SHOWN]
        return [HeaderProject(project.title, project.get_absolute_url()) for project in rows]

    if not shared_cache_answers(cache):
        return build()
    key = f"header-projects:person:{user.pk}"
    person_key = account_generation_key(user)
    kept = cache.get_many([key, PROJECTS_GENERATION, person_key])
    stamp = (
        kept.get(PROJECTS_GENERATION) or generation(PROJECTS_GENERATION),
        kept.get(person_key) or generation(person_key),
    )
    if key in kept and kept[key][0] == stamp:
        return kept[key][1]
    projects = build()
    cache.set(key, (stamp, projects), HEADER_SECONDS)
    return projects
