"""Moderation: members report, facilitators and leads hide with a reason, the author is told.
Nothing is deleted by moderation."""

from django.db import transaction
from django.utils import timezone

from participants.notify import notify
from projects.audit import audit_record
from projects.freshness import project_changed_by_id
from sessions.models import Comment, CommentReport


def hidden_message(*, comment, reason):
    """What the author is told, in plain words."""
    return (
        f"Your comment on “{comment.prototype.title}” has been hidden by a facilitator.\n\n"
        f"Why: {reason}\n\n"
        "Nothing has been deleted, and you can still see it. If you think this was a mistake, "
        "open the idea's page and choose “Ask for another look”."
    )


@transaction.atomic
def comment_report(*, comment, reporter, reason):
    project_changed_by_id(comment.prototype.project_id)
    return CommentReport.objects.create(comment=comment, reporter=reporter, reason=reason)


@transaction.atomic
def comment_hide(*, comment, by_member, by, reason):
    project_changed_by_id(comment.prototype.project_id)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.hidden_by, comment.hidden_at, comment.hidden_reason = by_member, timezone.now(), reason
    comment.review_asked_at = None
    comment.save(update_fields=["hidden_by", "hidden_at", "hidden_reason", "review_asked_at"])
    comment.reports.filter(closed_at__isnull=True).update(closed_at=timezone.now())
    audit_record(actor=by, action="comment_hide", target=comment, project=comment.prototype.project)
    if comment.author is not None and comment.author.user is not None:
        notify(
            user=comment.author.user,
            project=comment.prototype.project,
            subject="Your comment was hidden",
            body=hidden_message(comment=comment, reason=reason),
            essential=True,
            link=comment.prototype.get_absolute_url(),
            action="See the idea",
        )
    return comment


@transaction.atomic
def comment_show_again(*, comment, by):
    project_changed_by_id(comment.prototype.project_id)
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.hidden_by, comment.hidden_at, comment.review_asked_at = None, None, None
    comment.save(update_fields=["hidden_by", "hidden_at", "review_asked_at"])
    comment.reports.filter(closed_at__isnull=True).update(closed_at=timezone.now())
    audit_record(
        actor=by, action="comment_show_again", target=comment, project=comment.prototype.project
    )
    return comment


@transaction.atomic
def comment_reports_close(*, comment, by):
    """Looked at and left as it is."""
    project_changed_by_id(comment.prototype.project_id)
    comment.reports.filter(closed_at__isnull=True).update(closed_at=timezone.now())
    audit_record(
        actor=by, action="comment_reports_close", target=comment, project=comment.prototype.project
    )


@transaction.atomic
def comment_review_ask(*, comment):
    project_changed_by_id(comment.prototype.project_id)
    comment.review_asked_at = timezone.now()
    comment.save(update_fields=["review_asked_at"])
    return comment
