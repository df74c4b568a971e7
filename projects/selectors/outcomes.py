"""Reads about outcomes: the list with review state, counts, and what waits for review."""

from django.db.models import Count, F, Q

from projects.freshness import cached
from projects.models import Outcome, OutcomeReview

WAITING = Q(status=Outcome.Status.PROPOSED, reviews_now=0)


def _with_review_counts(queryset):
    return queryset.annotate(
        reviews_now=Count("reviews", filter=Q(reviews__revision=F("revision")), distinct=True),
        agreements=Count(
            "reviews", filter=Q(reviews__verdict=OutcomeReview.Verdict.AGREE), distinct=True
        ),
        changes_asked=Count(
            "reviews",
            filter=Q(
                reviews__verdict=OutcomeReview.Verdict.CHANGES,
                reviews__revision=F("revision"),
            ),
            distinct=True,
        ),
    )


def outcomes_for_list(project, *, status=""):
    outcomes = _with_review_counts(project.outcomes.order_by("-created_at", "-pk"))
    if status == "waiting":
        return outcomes.filter(WAITING)
    if status in Outcome.Status.values:
        return outcomes.filter(status=status)
    return outcomes


def outcome_totals(project):
    """How many outcomes in each status, and how many wait for a review, in one query."""
    return Outcome.objects.filter(project=project).aggregate(
        total=Count("pk"),
        proposed=Count("pk", filter=Q(status=Outcome.Status.PROPOSED)),
        agreed=Count("pk", filter=Q(status=Outcome.Status.AGREED)),
        in_practice=Count("pk", filter=Q(status=Outcome.Status.IN_PRACTICE)),
    ) | {"waiting": waiting_count(project)}


def waiting_count(project):
    return _with_review_counts(project.outcomes.all()).filter(WAITING).count()


def outcome_reviews(outcome):
    return outcome.reviews.select_related("reviewer")


def has_reviewed(outcome, user):
    return outcome.reviews.filter(reviewer=user, revision=outcome.revision).exists()


def outcomes_waiting_for(project, user, member):
    """For the overview: how many outcomes wait for a review, for people who can review. The
    count is cached for each version of the project's data; who sees it is asked every time."""
    if member is None or not user.has_perm("projects.review_outcome", project):
        return None
    waiting = cached(project, "outcomes_waiting", lambda: waiting_count(project))
    return {"waiting": waiting, "project": project} if waiting else None
