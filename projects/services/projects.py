import hashlib
import json

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from projects.models import Project, Resource, Stage, StageChange
from projects.predicates import remember_membership
from projects.roles import MemberStatus, Role
from projects.stage_tasks import next_stage, stage_checklist, stage_index


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


@transaction.atomic
def resource_add(*, project, by, title, description, is_public, upload, checked):
    """Store an uploaded file under a random name; `checked` comes from uploads.check_upload."""
    upload.name = f"upload.{checked.kind.extension}"
    return Resource.objects.create(
        project=project,
        title=title,
        description=description,
        is_public=is_public,
        file=upload,
        original_filename=checked.filename,
        content_type=checked.content_type,
        size=checked.size,
        uploaded_by=by,
    )


@transaction.atomic
def resource_delete(*, resource):
    """Delete the record, then the stored file once the deletion is committed."""
    storage, name = resource.file.storage, resource.file.name
    resource.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


class StageMoveError(Exception):
    """A stage move that the rules do not allow; the message is shown to the lead as it is."""


class StageChangedMeanwhile(StageMoveError):
    def __init__(self, current_stage):
        self.current_stage = current_stage
        super().__init__(
            "The stage was changed by someone else a moment ago; here is where it is now: "
            f"{Stage(current_stage).label}."
        )


class ReasonNeeded(StageMoveError):
    def __init__(self, missing):
        self.missing = missing
        titles = ", ".join(item.title for item in missing)
        super().__init__(
            f"Some tasks needed to move on are not done yet ({titles}). "
            "To move on anyway, write down why."
        )


@transaction.atomic
def project_move_stage(*, project, to_stage, by, reason="", expected_stage=None):
    """Move the project one stage on, or back to any earlier stage, and record the change.

    `expected_stage` is the stage the person was looking at (the project object's own stage when
    not given). The project row is locked, so when two leads move it at once the second finds
    the stage changed and is told, rather than skipping or repeating a stage.
    Moving on before the stage's required tasks are done needs a reason and is marked forced.
    """
    expected_stage = Stage(expected_stage or project.stage)
    to_stage = Stage(to_stage)
    reason = reason.strip()
    locked = Project.objects.select_for_update().get(pk=project.pk)
    if locked.stage != expected_stage:
        raise StageChangedMeanwhile(locked.stage)

    forced = False
    if to_stage == locked.stage:
        raise StageMoveError(f"The project is already at “{to_stage.label}”.")
    if stage_index(to_stage) > stage_index(locked.stage):
        if to_stage != next_stage(locked.stage):
            raise StageMoveError(
                "A project moves on one stage at a time, so that nothing is missed."
            )
        missing = stage_checklist(locked).missing_required
        if missing and not reason:
            raise ReasonNeeded(missing)
        forced = bool(missing)

    change = StageChange.objects.create(
        project=locked,
        from_stage=locked.stage,
        to_stage=to_stage,
        by=by,
        at=timezone.now(),
        reason=reason,
        forced=forced,
    )
    locked.stage = to_stage
    locked.save(update_fields=["stage", "updated_at"])
    project.stage = locked.stage
    project.updated_at = locked.updated_at
    return change
