"""Writes about shared files."""

from django.db import transaction

from projects.freshness import changes_project, project_changed_by_id
from projects.models import Resource


@transaction.atomic
@changes_project(via="project")
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
    """Delete the record; the stored file goes once the deletion is committed (see
    codesign.runtime.stored_files)."""
    project_changed_by_id(resource.project_id)
    resource.delete()
