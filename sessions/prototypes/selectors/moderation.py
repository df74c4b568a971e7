"""Reads for moderation: open reports first."""

from django.db.models import Count, Max, Prefetch, Q

from sessions.models import Comment, CommentReport


def comments_to_look_at(project):
    """Comments with open reports or a request for another look, oldest report first, each with
    the reasons given in its open reports (never who reported it)."""
    rows = Comment.objects.filter(prototype__project=project).select_related(
        "prototype", "author", "hidden_by"
    )
    open_reports = Q(reports__closed_at__isnull=True)
    waiting = (
        rows.annotate(
            open_reports=Count("reports", filter=open_reports),
            first_report=Max("reports__at", filter=open_reports),
        )
        .filter(Q(open_reports__gt=0) | Q(review_asked_at__isnull=False))
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=CommentReport.objects.filter(closed_at__isnull=True).only(
                    "comment_id", "reason", "at"
                ),
                to_attr="open_report_list",
            )
        )
        .order_by("first_report", "review_asked_at", "pk")
    )
    return waiting


def hidden_comments(project):
    return (
        Comment.objects.filter(prototype__project=project, hidden_at__isnull=False)
        .select_related("prototype", "author", "hidden_by")
        .order_by("-hidden_at", "-pk")
    )
