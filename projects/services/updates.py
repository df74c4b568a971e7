"""Posting an update on the project's news page. The views that post (the updates page, and
the working group's own page in the sessions app) share this one write."""

from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import project_changed
from projects.models import Update


@transaction.atomic
def update_post(*, project, by, title, body, is_public, for_working_group=False):
    """Publish an update now. Everyone in the project reads it on the updates page; it is on
    the public page too when `is_public` and the project is public."""
    update = Update.objects.create(
        project=project,
        author=by,
        title=title,
        body=body,
        is_public=is_public,
        for_working_group=for_working_group,
        published_at=timezone.now(),
    )
    audit_record(
        actor=by,
        action="update_post",
        target=update,
        project=project,
        detail={"for_working_group": for_working_group},
    )
    project_changed(project)
    return update
