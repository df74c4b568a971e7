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


def _with_reports(comments):
    return comments.select_related("author", "hidden_by").annotate(
        open_reports=Count("reports", filter=Q(reports__closed_at__isnull=True))
    )


def comment_threads(prototype):
    """The comments that start a thread, in the order they were written, for paging. Replies
    go on the same page as the comment they answer (see `with_replies`)."""
    return _with_reports(Comment.objects.filter(prototype=prototype, parent__isnull=True)).order_by(
        "created_at", "pk"
    )


def thread_position(comment):
    """How many threads start before the one this comment is in: its page is position // size."""
    first = comment.parent if comment.parent_id else comment
    earlier = Q(created_at__lt=first.created_at) | Q(created_at=first.created_at, pk__lt=first.pk)
    return (
        Comment.objects.filter(prototype_id=first.prototype_id, parent__isnull=True)
        .filter(earlier)
        .count()
    )


def with_replies(threads, *, member, sees_names):
    """A page of threads with their replies underneath, each with the name this viewer may see:
    one more query. Hidden names show only to the author and to those who keep everyone safe
    (leads and facilitators); hidden comments show only to them and the author."""
    threads = list(threads)
    replies = _with_reports(
        Comment.objects.filter(parent__in=[thread.pk for thread in threads])
    ).order_by("created_at", "pk")
    by_parent = {}
    for reply in replies:
        by_parent.setdefault(reply.parent_id, []).append(reply)
    member_pk = getattr(member, "pk", None)
    for comment in [*threads, *(r for rows in by_parent.values() for r in rows)]:
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
    return threads


def rounds_for(prototype):
    return list(TestRound.objects.filter(prototype=prototype).annotate(n=Count("answers")))
