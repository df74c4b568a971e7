"""Writes about a project itself: starting one and changing its settings."""

import hashlib
import json

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


class SettingsConflict(Exception):
    """Someone else saved the project's settings after this form was opened."""


SETTINGS_FIELDS = [
    "title",
    "summary",
    "aim",
    "area",
    "starts_on",
    "ends_on",
    "is_public",
    "payment_policy",
]


def settings_fingerprint(project):
    values = [str(getattr(project, name)) for name in SETTINGS_FIELDS]
    return hashlib.sha256(json.dumps(values).encode()).hexdigest()[:20]


@transaction.atomic
def project_change_settings(*, project, changes, seen_fingerprint=""):
    """Save new settings. The address (slug) stays as it is, so links keep working.

    Raises SettingsConflict when the settings changed since `seen_fingerprint` was taken.
    """
    locked = Project.objects.select_for_update().get(pk=project.pk)
    if seen_fingerprint and seen_fingerprint != settings_fingerprint(locked):
        raise SettingsConflict
    unknown = set(changes) - set(SETTINGS_FIELDS)
    if unknown:
        raise ValueError(f"Not a project setting: {sorted(unknown)}")
    for name, value in changes.items():
        setattr(locked, name, value)
    locked.save(update_fields=[*changes, "updated_at"])
    return locked
