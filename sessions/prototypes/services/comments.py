"""Writes for comments: posting, replying, editing and deleting one's own."""

from django.db import transaction
from django.utils import timezone

from projects.freshness import changes_project, project_changed_by_id
from sessions.models import Comment


@transaction.atomic
@changes_project(via="prototype")
def comment_post(*, prototype, author, body, hide_name=False, parent=None):
    return Comment.objects.create(
        prototype=prototype, author=author, body=body, hide_name=hide_name, parent=parent
    )


@transaction.atomic
def comment_edit(*, comment, body, hide_name):
    project_changed_by_id(comment.prototype.project_id)
    comment.body, comment.hide_name, comment.edited_at = body, hide_name, timezone.now()
    comment.save(update_fields=["body", "hide_name", "edited_at"])
    return comment


@transaction.atomic
def comment_delete(*, comment):
    """The author takes their words back. Replies stay, under "Deleted by its author"."""
    project_changed_by_id(comment.prototype.project_id)
    comment.body, comment.deleted_at = "", timezone.now()
    comment.save(update_fields=["body", "deleted_at"])
    return comment
