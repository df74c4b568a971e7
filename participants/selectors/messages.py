"""Reads for a person's inbox: their own messages, newest first."""

from django.db.models import Count, Q

from participants.models import Delivery, Notification
from projects.freshness import cached


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


def letters_to_post(project):
    """Letters printed here for the lead to post, oldest first (as they should go)."""
    return (
        Delivery.objects.filter(
            notification__project=project,
            channel=Delivery.Channel.LETTER,
            status=Delivery.Status.TO_POST,
        )
        .select_related("notification__user", "notification__project")
        .order_by("pk")
    )


def not_sent(project):
    """Messages about the project that could not be sent after every try, newest first: the
    people to phone instead."""
    return (
        Delivery.objects.filter(notification__project=project, status=Delivery.Status.NOT_SENT)
        .select_related("notification__user")
        .only(
            "pk",
            "channel",
            "updated_at",
            "notification__subject",
            "notification__user__display_name",
            "notification__user__email",
            "notification__user__username",
            "notification__user__mobile",
        )
        .order_by("-updated_at", "-pk")
    )


def letters_attention_for(project, user, member):
    """The overview's attention item for leads: letters to post and messages not sent. One
    query, none once cached (every change to either moves the project's data version)."""
    if not user.has_perm("participants.post_letters", project):
        return None

    def count():
        counts = Delivery.objects.filter(notification__project=project).aggregate(
            to_post=Count("pk", filter=Q(channel="letter", status=Delivery.Status.TO_POST)),
            not_sent=Count("pk", filter=Q(status=Delivery.Status.NOT_SENT)),
        )
        return (counts["to_post"], counts["not_sent"])

    to_post, failed = cached(project, "letters_attention", count)
    if not to_post and not failed:
        return None
    return {"project": project, "to_post": to_post, "not_sent": failed}
