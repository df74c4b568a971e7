"""Many rows at once, for the benchmark's scale data and the tests that page big lists.

Each function tops a project up to `n` rows of one kind with bulk_create, so running it again
adds nothing. Rows are plain and varied enough to page, search and total.
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Count
from django.utils import timezone

from projects.models import (
    Decision,
    GlossaryTerm,
    LadderRater,
    LadderRating,
    Outcome,
    OutcomeReview,
    Reflection,
    Resource,
    Rung,
    Spend,
    SpendCategory,
    Stage,
    StageChange,
    Update,
)
from projects.roles import Role

BATCH = 500
GROUPS = Decision.Group.values
CATEGORIES = SpendCategory.values
STAGES = Stage.values
PLACES = ["the library", "the youth centre", "college"]
OUTCOME_KINDS = Outcome.Kind.values
OUTCOME_STATUSES = ["proposed", "agreed", "in_practice", "proposed", "agreed", "in_practice"]
REFLECTION_KINDS = Reflection.Kind.values
VERDICTS = {False: OutcomeReview.Verdict.AGREE, True: OutcomeReview.Verdict.CHANGES}
# Young people rate the project a little lower than staff do, as in most co-design work.
RUNGS = {Role.YOUNG_PERSON: [1, 2, 3, 3, 4, 2], "": [2, 3, 4, 3, 4, 2]}


def _missing(rows, n):
    return range(rows.count(), n)


def top_up_decisions(project, n, *, by=None):
    today = timezone.localdate()
    Decision.objects.bulk_create(
        (
            Decision(
                project=project,
                what=f"Decision {i + 1}: meet at {PLACES[i % len(PLACES)]}",
                proposed_by=GROUPS[i % len(GROUPS)],
                decided_by=GROUPS[(i // 3) % len(GROUPS)],
                young_people_voted=i % 2 == 0,
                result="People found it easier to come." if i % 4 == 0 else "",
                decided_on=today - timedelta(days=i % 700),
                recorded_by=by,
            )
            for i in _missing(project.decisions, n)
        ),
        batch_size=BATCH,
    )


def top_up_updates(project, n, *, by=None):
    now = timezone.now()
    Update.objects.bulk_create(
        (
            Update(
                project=project,
                title=f"News {i + 1}",
                body="What happened at the last session, and what comes next.",
                is_public=i % 2 == 0,
                author=by,
                published_at=now - timedelta(hours=i),
            )
            for i in _missing(project.updates, n)
        ),
        batch_size=BATCH,
    )


def top_up_resources(project, n, *, by=None):
    """Files share one small stored file, so a big list costs no disk. (Deleting one of these
    rows deletes the shared file: scale data is for measuring, not for using.)"""
    missing = _missing(project.resources, n)
    if not missing:
        return
    body = b"Notes from the session.\n"
    name = default_storage.save(f"projects/{project.pk}/resources/notes.txt", ContentFile(body))
    Resource.objects.bulk_create(
        (
            Resource(
                project=project,
                title=f"Session notes {i + 1}",
                file=name,
                original_filename="notes.txt",
                content_type="text/plain",
                size=len(body),
                is_public=i % 3 == 0,
                uploaded_by=by,
            )
            for i in missing
        ),
        batch_size=BATCH,
    )


def top_up_spending(project, n, *, partners=(), by=None):
    today = timezone.localdate()
    partners = list(partners)
    Spend.objects.bulk_create(
        (
            Spend(
                project=project,
                category=CATEGORIES[i % len(CATEGORIES)],
                amount_pence=500 + (i * 137) % 20_000,
                spent_on=today - timedelta(days=i % 500),
                partner=partners[i % len(partners)] if partners and i % 5 else None,
                note=f"Receipt {i + 1}",
                created_by=by,
            )
            for i in _missing(project.spending, n)
        ),
        batch_size=BATCH,
    )


def top_up_stage_moves(project, n, *, by=None):
    """Moves back and forth through the stages, ending at the project's current stage."""
    have = project.stage_changes.count()
    if have >= n:
        return
    start = timezone.now() - timedelta(days=n)
    rows = []
    for i in range(have, n):
        to_stage = STAGES[(i + 1) % len(STAGES)] if i < n - 1 else project.stage
        rows.append(
            StageChange(
                project=project,
                from_stage=STAGES[i % len(STAGES)] if i else "",
                to_stage=to_stage,
                by=by,
                at=start + timedelta(days=i),
                reason="The group agreed." if i % 3 == 0 else "",
            )
        )
    StageChange.objects.bulk_create(rows, batch_size=BATCH)


def top_up_glossary_terms(project, n, *, by=None):
    GlossaryTerm.objects.bulk_create(
        (
            GlossaryTerm(
                project=project,
                term=f"Word {i + 1:05}",
                plain_meaning="A word this project uses, in plain English.",
                created_by=by,
            )
            for i in _missing(project.glossary_terms, n)
        ),
        batch_size=BATCH,
    )


def top_up_outcomes(project, n, *, by=None):
    """Outcomes at every status; one in five changed once since it was recorded. One in three
    names a decision behind it."""
    today = timezone.localdate()
    decisions = list(project.decisions.order_by("pk").values_list("pk", flat=True)[:100])
    made = Outcome.objects.bulk_create(
        (_outcome(project, i, today, by) for i in _missing(project.outcomes, n)),
        batch_size=BATCH,
    )
    Outcome.decisions.through.objects.bulk_create(
        (
            Outcome.decisions.through(outcome=outcome, decision_id=decisions[i % len(decisions)])
            for i, outcome in enumerate(made)
            if decisions and i % 3 == 0
        ),
        batch_size=BATCH,
    )


def _outcome(project, i, today, by):
    status = OUTCOME_STATUSES[i % len(OUTCOME_STATUSES)]
    return Outcome(
        project=project,
        title=f"Outcome {i + 1}: {PLACES[i % len(PLACES)]} opens in the evening",
        kind=OUTCOME_KINDS[i % len(OUTCOME_KINDS)],
        status=status,
        you_said="It is hard to get help after five o'clock.",
        we_did="Staff now keep the drop-in open until eight on Thursdays.",
        what_changed="Twelve more young people came in the first month." if i % 2 else "",
        evidence="The drop-in's sign-in sheets." if i % 3 == 0 else "",
        revision=2 if i % 5 == 0 else 1,
        agreed_on=None if status == "proposed" else today - timedelta(days=i % 300),
        in_practice_since=today - timedelta(days=i % 200) if status == "in_practice" else None,
        recorded_by=by,
    )


def top_up_outcome_reviews(project, n, *, reviewers):
    """Reviews by `reviewers` (staff and managers' accounts) in turn: agreed outcomes have at
    least one agreement; half the proposed ones wait for a first review, the rest were asked to
    change; a changed outcome was asked to change before."""
    reviewers = list(reviewers)
    outcomes = list(project.outcomes.order_by("pk").annotate(have=Count("reviews")))
    missing = n - sum(outcome.have for outcome in outcomes)
    if not reviewers or not outcomes or missing <= 0:
        return
    wanted = [
        min(len(reviewers), i % 2 if outcome.status == Outcome.Status.PROPOSED else 1 + i % 6)
        for i, outcome in enumerate(outcomes)
    ]
    # In rounds, so every outcome gets its first review before any gets a second.
    rows = []
    for k in range(max(wanted)):
        for i, outcome in enumerate(outcomes):
            if outcome.have <= k < wanted[i] and len(rows) < missing:
                rows.append(_review(outcome, reviewers[(i * 3 + k) % len(reviewers)], k))
    OutcomeReview.objects.bulk_create(rows, batch_size=BATCH)


def _review(outcome, reviewer, k):
    earlier = outcome.revision > 1 and k == 0
    changes = outcome.status == Outcome.Status.PROPOSED or earlier or k % 4 == 3
    return OutcomeReview(
        outcome=outcome,
        reviewer_id=reviewer,
        revision=outcome.revision - 1 if earlier else outcome.revision,
        verdict=VERDICTS[changes],
        note="Please say how many people it reached." if changes else "",
    )


def top_up_reflections(project, n, *, authors=()):
    authors = list(authors)
    Reflection.objects.bulk_create(
        (
            Reflection(
                project=project,
                author_id=authors[i % len(authors)] if authors else None,
                kind=REFLECTION_KINDS[i % len(REFLECTION_KINDS)],
                text=f"Reflection {i + 1}: meeting in the evening meant more of us could come.",
            )
            for i in _missing(project.reflections, n)
        ),
        batch_size=BATCH,
    )


def top_up_ladder_ratings(project, n, *, raters):
    """Anonymous ratings from `raters` ([(user pk, role)]) in turn, each marked as having rated,
    in the months of the last year."""
    raters = list(raters)
    have = project.ladder_ratings.count()
    raters = raters[have:n]
    today = timezone.localdate()
    LadderRater.objects.bulk_create(
        (LadderRater(project=project, user_id=user, rated_on=today) for user, _role in raters),
        batch_size=BATCH,
    )
    rungs = Rung.values
    LadderRating.objects.bulk_create(
        (
            LadderRating(
                project=project,
                role=role,
                rung=rungs[RUNGS.get(role, RUNGS[""])[i % 6]],
                month=(today - timedelta(days=30 * (i % 12))).replace(day=1),
            )
            for i, (_user, role) in enumerate(raters, start=have)
        ),
        batch_size=BATCH,
    )
