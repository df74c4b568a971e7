"""Reads for the ideas gallery and an idea's page."""

from django.db.models import Count, Prefetch, Q

from sessions.models import Comment, PrototypeImage, TestRound


def gallery(project):
    """Every idea, newest first, with its first picture and counts: a fixed number of queries
    per page whatever the number of ideas or comments."""
    first_images = PrototypeImage.objects.order_by("uploaded_at", "pk")
    return (
        project.prototypes.select_related("session", "created_by")
        .annotate(
            comment_count=Count(
                "comments",
                filter=Q(comments__hidden_at__isnull=True, comments__deleted_at__isnull=True),
                distinct=True,
            ),
        )
        .prefetch_related(Prefetch("images", queryset=first_images, to_attr="image_list"))
        .order_by("-created_at", "-pk")
    )


def prototype_for_page(project):
    return project.prototypes.select_related("session", "created_by", "outcome")


def versions_for(prototype):
    images = PrototypeImage.objects.order_by("uploaded_at", "pk")
    return list(
        prototype.versions.select_related("by").prefetch_related(
            Prefetch("images", queryset=images, to_attr="image_list")
        )
    )


def comments_for(prototype, *, member, sees_names):
    """Comments in time order, replies under the comment they answer, each with the name this
    viewer may see: one query. Hidden names show only to the author and to those who keep
    everyone safe (leads and facilitators); hidden comments show only to them and the author."""
    rows = list(
        Comment.objects.filter(prototype=prototype)
        .select_related("author", "hidden_by")
        .annotate(open_reports=Count("reports", filter=Q(reports__closed_at__isnull=True)))
        .order_by("created_at", "pk")
    )
    by_parent = {}
    for comment in rows:
        by_parent.setdefault(comment.parent_id, []).append(comment)
    member_pk = getattr(member, "pk", None)
    for comment in rows:
        comment.reply_list = by_parent.get(comment.pk, [])
        comment.mine = member_pk is not None and comment.author_id == member_pk
        comment.shown_name = comment.name_for(member, sees_names)
        comment.show_hidden = comment.mine or sees_names
        comment.name_note = (
            "other participants do not see your name"
            if comment.mine and not sees_names
            else "name hidden from other participants"
            if sees_names
            else ""
        )
    return by_parent.get(None, [])


def rounds_for(prototype):
    return list(TestRound.objects.filter(prototype=prototype).annotate(n=Count("answers")))
