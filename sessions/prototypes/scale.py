"""Ideas and prototypes, with their versions, comments, test rounds, feedback and evaluation
sheets."""

from datetime import timedelta

from django.db.models import Count
from django.utils import timezone

from sessions.models import (
    Comment,
    EvaluationSheet,
    Feedback,
    Prototype,
    PrototypeVersion,
    TestRound,
)
from sessions.scale_rows import BATCH, TOPICS, active_members, member_pks, spread

IDEA_STATUSES = ["idea", "idea", "prototype", "testing", "idea", "prototype", "adopted", "dropped"]
IDEA_KINDS = Prototype.Kind.values
COMMENT_WEIGHTS = [4, 1, 7, 2, 5, 0, 3, 9]


def top_up_prototypes(project, n, *, now=None):
    """Ideas from members in turn, most from a past session, newest first, at every status."""
    now = now or timezone.now()
    members = member_pks(project)
    held = project.sessions.past(now).going_ahead().order_by("pk").values_list("pk", flat=True)
    held = list(held)
    Prototype.objects.bulk_create(
        (
            Prototype(
                project=project,
                session_id=held[i % len(held)] if held and i % 3 else None,
                title=f"Idea {i + 1}: help with {TOPICS[i % len(TOPICS)]}",
                description="What it is, who it is for, and what it would change.",
                kind=IDEA_KINDS[i % len(IDEA_KINDS)],
                status=IDEA_STATUSES[i % len(IDEA_STATUSES)],
                created_by_id=members[(i * 7) % len(members)] if members else None,
                created_at=now - timedelta(hours=5 * i + 1),
            )
            for i in range(project.prototypes.count(), n)
        ),
        batch_size=BATCH,
    )


def _made(project):
    """Ideas grown past the idea stage (or every idea, if none has), oldest first."""
    ideas = project.prototypes.order_by("pk")
    grown = ideas.exclude(status=Prototype.Status.IDEA)
    return list(grown if grown.exists() else ideas)


def top_up_versions(project, n, *, by=None, now=None):
    now = now or timezone.now()
    prototypes = _made(project)
    counts = dict(
        PrototypeVersion.objects.filter(prototype__project=project)
        .values_list("prototype")
        .annotate(n=Count("pk"))
    )
    have = [counts.get(p.pk, 0) for p in prototypes]
    adds = spread(n, [1 + i % 4 for i in range(len(prototypes))], have, 20)
    PrototypeVersion.objects.bulk_create(
        (
            PrototypeVersion(
                prototype=prototype,
                number=number,
                what_changed=f"Version {number}: shorter words and a clearer map.",
                why="People testing it said the first page was too long.",
                by=by,
                at=min(now, prototype.created_at + timedelta(hours=number)),
            )
            for prototype, had, add in zip(prototypes, have, adds, strict=True)
            for number in range(had + 1, had + add + 1)
        ),
        batch_size=BATCH,
    )


def top_up_comments(project, n, *, moderator=None, now=None):
    """Comments in time order on every idea, one in forty far busier; every fourth answers the
    one before, some hide the author's name and a few were hidden by a moderator."""
    now = now or timezone.now()
    prototypes = list(project.prototypes.order_by("pk"))
    members = member_pks(project)
    if not prototypes or not members:
        return
    counts = dict(
        Comment.objects.filter(prototype__project=project)
        .values_list("prototype")
        .annotate(n=Count("pk"))
    )
    have = [counts.get(p.pk, 0) for p in prototypes]
    weights = [80 if i % 40 == 0 else COMMENT_WEIGHTS[i % 8] for i in range(len(prototypes))]
    adds = spread(n, weights, have, n)
    first, answers = {}, []
    for p, (prototype, had, add) in enumerate(zip(prototypes, have, adds, strict=True)):
        for k in range(had, had + add):
            hidden = k % 23 == 11
            comment = Comment(
                prototype=prototype,
                author_id=members[(p * 13 + k * 7) % len(members)],
                body=f"Comment {k + 1}: I would use this if it were on my phone.",
                hide_name=k % 9 == 4,
                created_at=min(now, prototype.created_at + timedelta(minutes=37 * k + 1)),
                hidden_by_id=moderator if hidden else None,
                hidden_at=now if hidden else None,
                hidden_reason="It named someone outside the project." if hidden else "",
            )
            if k % 4 == 3 and (prototype.pk, k - 1) in first:
                comment.parent = first[(prototype.pk, k - 1)]
                answers.append(comment)
            else:
                first[(prototype.pk, k)] = comment
    # Answers go in once the comments they answer have their keys.
    Comment.objects.bulk_create(first.values(), batch_size=BATCH)
    Comment.objects.bulk_create(answers, batch_size=BATCH)


def top_up_test_rounds(project, n, *, by=None, now=None):
    """One round in four is open now; the rest have closed."""
    now = now or timezone.now()
    prototypes = _made(project)
    if not prototypes:
        return
    rows = []
    for i in range(TestRound.objects.filter(prototype__project=project).count(), n):
        opens = now - timedelta(days=2) if i % 4 == 0 else now - timedelta(days=20 + 3 * i)
        rows.append(
            TestRound(
                prototype=prototypes[i % len(prototypes)],
                question=f"Round {i + 1}: how useful would this be to you?",
                opens_at=opens,
                closes_at=opens + timedelta(days=14),
                opened_by=by,
            )
        )
    TestRound.objects.bulk_create(rows, batch_size=BATCH)


def top_up_feedback(project, n, *, now=None):
    now = now or timezone.now()
    rounds = list(TestRound.objects.filter(prototype__project=project).order_by("pk"))
    members = active_members(project)
    if not rounds or not members:
        return
    answered = {}
    for round_pk, person in Feedback.objects.filter(round__in=rounds).values_list(
        "round_id", "participant_id"
    ):
        answered.setdefault(round_pk, set()).add(person)
    have = [len(answered.get(r.pk, ())) for r in rounds]
    adds = spread(n, [1 + (i * 5) % 7 for i in range(len(rounds))], have, len(members))
    rows = []
    for r, (test_round, add) in enumerate(zip(rounds, adds, strict=True)):
        seen, k = answered.get(test_round.pk, set()), 0
        for j in range(len(members)):
            if k >= add:
                break
            pk, role, _user = members[(r * 17 + j) % len(members)]
            if pk in seen:
                continue
            rows.append(
                Feedback(
                    round=test_round,
                    participant_id=pk,
                    role=role,
                    useful=1 + (j * 3 + r) % 5,
                    comment="Clear, but I would want it in fewer words." if j % 3 == 0 else "",
                    at=min(now, test_round.closes_at, test_round.opens_at + timedelta(hours=j + 1)),
                )
            )
            k += 1
    Feedback.objects.bulk_create(rows, batch_size=BATCH)


def top_up_evaluation_sheets(project, n):
    prototypes = _made(project)
    if not prototypes:
        return
    rows = []
    for i in range(EvaluationSheet.objects.filter(prototype__project=project).count(), n):
        prototype = prototypes[i % len(prototypes)]
        rows.append(
            EvaluationSheet(
                prototype=prototype,
                session_id=prototype.session_id,
                learnt="Young people liked the map; staff wanted it printed too.",
                young_people=3 + i % 6,
                staff=i % 3,
                managers=i % 2,
                gets_in_the_way="Not everyone has data on their phone." if i % 2 else "",
                written_by_id=prototype.created_by_id,
            )
        )
    EvaluationSheet.objects.bulk_create(rows, batch_size=BATCH)
