"""The ideas' parts of the project overview (registered in sessions/apps.py).

Both are the same for everyone, so each is cached once for each version of the project's data
(projects/freshness.py). Only the comment authors' names depend on the viewer: whether a name
its author hid may show is decided on every request, from the cached plain values.
"""

from typing import NamedTuple

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from projects.freshness import cached, cached_until, for_person
from projects.roles import Role, role_heading
from projects.selectors.role_groups import MIN_GROUP, NOT_SHOWN
from sessions.models import Comment, EvaluationSheet, Feedback, Prototype
from sessions.prototypes.models.comments import author_name_for

LATEST = 3


class IdeaLine(NamedTuple):
    pk: int
    title: str
    status_label: str
    comment_count: int


class CommentLine(NamedTuple):
    """A comment as cached: the author's name is here even when hidden, so it is never shown
    as it is, only through `shown`."""

    pk: int
    prototype_pk: int
    prototype_title: str
    body: str
    author_id: int | None
    author_name: str
    hide_name: bool

    def shown(self, member, sees_hidden_names):
        return ShownComment(
            pk=self.pk,
            prototype_pk=self.prototype_pk,
            prototype_title=self.prototype_title,
            body=self.body,
            shown_name=author_name_for(
                author_id=self.author_id,
                name=self.author_name,
                hide_name=self.hide_name,
                viewer_member=member,
                sees_hidden_names=sees_hidden_names,
            ),
        )


class ShownComment(NamedTuple):
    pk: int
    prototype_pk: int
    prototype_title: str
    body: str
    shown_name: str


def latest_ideas_for(project, user, member):
    """The newest ideas and comments: two queries, none once cached. Comments hidden by
    moderation or deleted are left out; a hidden name stays hidden."""
    ideas, comments = cached(project, "latest_ideas", lambda: _latest(project))
    if not ideas:
        return {"project": project, "ideas": [], "comments": [], "vary": ()}
    sees_names = user.has_perm("workshops.see_hidden_names", project)
    shown = [comment.shown(member, sees_names) for comment in comments]
    return {
        "project": project,
        "ideas": ideas,
        "comments": shown,
        # The section's HTML, kept for this version of the data, varies only on the names.
        "vary": tuple(comment.shown_name for comment in shown),
    }


SHOWN_COMMENTS = Q(hidden_at__isnull=True, deleted_at__isnull=True)


def _latest(project):
    counted = (
        Comment.objects.filter(SHOWN_COMMENTS, prototype=OuterRef("pk"))
        .order_by()
        .values("prototype")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = (
        Prototype.objects.filter(project=project)
        .annotate(comment_count=Coalesce(Subquery(counted, output_field=IntegerField()), 0))
        .order_by("-created_at", "-pk")
        .values_list("pk", "title", "status", "comment_count")[:LATEST]
    )
    ideas = [
        IdeaLine(pk, title, Prototype.Status(status).label, count)
        for pk, title, status, count in rows
    ]
    if not ideas:
        return [], []
    comments = [
        CommentLine(*row)
        for row in Comment.objects.filter(SHOWN_COMMENTS, prototype__project=project)
        .order_by("-created_at", "-pk")
        .values_list(
            "pk",
            "prototype_id",
            "prototype__title",
            "body",
            "author_id",
            "author__display_name",
            "hide_name",
        )[:LATEST]
    ]
    return ideas, comments


# Ideas, comments, evaluation sheets and test answers, in that order, with the role to count
# each by; ideas and sheets whose writer's account was deleted count under no role.
CONTRIBUTIONS = [
    (Prototype, "project", "created_by__role", {}),
    (Comment, "prototype__project", "author__role", {"author__isnull": False}),
    (EvaluationSheet, "prototype__project", "written_by__role", {"written_by__isnull": False}),
    (Feedback, "round__prototype__project", "role", {}),
]
ANSWERS = 3  # the place of test answers in CONTRIBUTIONS


def idea_participation_for(project, user, member):
    """Ideas, comments, evaluation sheets and test answers by role: one query, none once
    cached. Left out while there are no ideas."""
    return cached(project, "idea_participation", lambda: _idea_participation(project))


def _idea_participation(project):
    counts = [{} for _ in CONTRIBUTIONS]
    for kind, role, n in _counted_by_role(project):
        counts[kind][role] = n
    if not counts[0]:
        return None
    rows = [
        {"heading": role_heading(role), "counts": [by_role.get(role, 0) for by_role in counts]}
        for role in Role
    ]
    totals = [sum(row["counts"][i] for row in rows) for i in range(len(CONTRIBUTIONS))]
    if totals[ANSWERS]:
        # Test answers are anonymous: a role with one or two would say who answered (and, beside
        # the feedback export, what). Nought reads the same as one or two, or it would tell.
        for row in rows:
            if row["counts"][ANSWERS] < MIN_GROUP:
                row["counts"][ANSWERS] = NOT_SHOWN
    return {"rows": rows, "totals": totals}


def _counted_by_role(project):
    """(kind, role, how many) for each kind of contribution and role, in one query."""
    parts = [
        model.objects.filter(**{to_project: project}, **only)
        .order_by()
        .annotate(contribution=Value(kind, output_field=IntegerField()))
        .values_list("contribution", role)
        .annotate(n=Count("pk"))
        for kind, (model, to_project, role, only) in enumerate(CONTRIBUTIONS)
    ]
    return parts[0].union(*parts[1:], all=True)


class OpenRound(NamedTuple):
    pk: int
    prototype_pk: int
    prototype_title: str
    question: str
    closes_at: object  # an aware datetime


def open_rounds_for(project, user, member):
    """Test rounds open now, for a member to answer, with the ones they have answered marked:
    two queries, none once cached (until a round opens or closes, or the data changes)."""
    if member is None or not user.has_perm("workshops.give_feedback", project):
        return None
    rounds = cached_until(project, "open_rounds", lambda now: _open_rounds(project, now))
    if not rounds:
        return None
    answered = cached(
        project,
        for_person("rounds_answered", member),
        lambda: frozenset(
            Feedback.objects.filter(
                participant=member, round_id__in=[r.pk for r in rounds]
            ).values_list("round_id", flat=True)
        ),
    )
    return {
        "project": project,
        "rounds": [(r, r.pk in answered) for r in rounds],
        "vary": (member.pk, tuple(sorted(answered))),
    }


def _open_rounds(project, now):
    """One query: the rounds not yet closed, soonest first; those open now are shown, and the
    next moment one opens or closes is when the list changes by itself."""
    from sessions.models import TestRound

    coming = list(
        TestRound.objects.filter(prototype__project=project, closes_at__gt=now)
        .select_related("prototype")
        .only("pk", "question", "opens_at", "closes_at", "prototype__title")
        .order_by("closes_at", "pk")[:20]
    )
    open_now = tuple(
        OpenRound(r.pk, r.prototype_id, r.prototype.title, r.question, r.closes_at)
        for r in coming
        if r.opens_at <= now
    )[:5]
    moments = [r.closes_at for r in coming] + [r.opens_at for r in coming if r.opens_at > now]
    return open_now, min(moments, default=None)
