from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from projects.models import Project
from projects.predicates import remember_membership
from projects.roles import MemberStatus, Role


def unique_slug(title, *, max_length=60):
    base = slugify(title)[:max_length].strip("-") or "project"
    slug, n = base, 1
    taken = set(Project.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def project_create(*, by, title, summary=""):
    """Create a project; whoever creates it becomes its lead."""
    project = Project.objects.create(
        title=title, slug=unique_slug(title), summary=summary, created_by=by
    )
    # The Participant model sits in the layer above; the reverse relation reaches it.
    lead = project.participants.create(
        user=by,
        display_name=by.name,
        role=Role.LEAD,
        status=MemberStatus.ACTIVE,
        joined_at=timezone.now(),
    )
    remember_membership(project, by, lead)
    return project
