"""Reads for a person's inbox: their own messages, newest first."""

from participants.models import Notification


def inbox_of(user):
    return (
        Notification.objects.filter(user=user)
        .select_related("project")
        .only(
            "pk",
            "subject",
            "body",
            "is_essential",
            "created_at",
            "link",
            "action",
            "read_at",
            "project__title",
            "project__slug",
        )
        .order_by("-created_at", "-pk")
    )
