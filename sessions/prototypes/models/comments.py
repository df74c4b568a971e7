"""Comments on ideas, shown in time order the same for everyone, and their moderation."""

from django.db import models
from django.utils import timezone

from participants.models import Participant
from sessions.prototypes.models.prototypes import Prototype

FORMER_PARTICIPANT = "A former participant"
HIDDEN_NAME = "A member of the project"


class Comment(models.Model):
    """What someone said about an idea. Moderation hides a comment; it never deletes one."""

    prototype = models.ForeignKey(Prototype, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    author = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="comments"
    )
    body = models.TextField()
    hide_name = models.BooleanField(
        "do not show my name to other participants",
        default=False,
        help_text="Project leads and facilitators still see it, to keep everyone safe.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    hidden_at = models.DateTimeField(null=True, blank=True)
    hidden_reason = models.TextField(blank=True)
    review_asked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]

    @property
    def project(self):
        return self.prototype.project

    @property
    def is_hidden(self):
        return self.hidden_at is not None

    @property
    def is_deleted(self):
        return self.deleted_at is not None

    def name_for(self, viewer_member, sees_hidden_names):
        """The author's name as this viewer may see it."""
        return author_name_for(
            author_id=self.author_id,
            name=lambda: self.author.display_name,
            hide_name=self.hide_name,
            viewer_member=viewer_member,
            sees_hidden_names=sees_hidden_names,
        )


def author_name_for(*, author_id, name, hide_name, viewer_member, sees_hidden_names):
    """A comment's author as one viewer may see them: a name they asked to hide from other
    participants shows only to them and to the people who keep the project safe. `name` is
    the author's name, or a function giving it (asked only when it is shown)."""
    if author_id is None:
        return FORMER_PARTICIPANT
    if hide_name and not sees_hidden_names and author_id != getattr(viewer_member, "pk", None):
        return HIDDEN_NAME
    return name() if callable(name) else name


class CommentReport(models.Model):
    """A member asking facilitators to look at a comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        Participant, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reason = models.TextField("what is wrong with it")
    at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="one_report_per_person")
        ]

    def __str__(self):
        return f"Report on {self.comment}"
