"""Many rows at once, for the benchmark's scale data and the tests that page big lists.

Each function tops a project up to `n` rows of one kind with bulk_create, so running it again
adds nothing. Rows are plain and varied enough to page, search and total.
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from projects.models import (
    Decision,
    GlossaryTerm,
    Resource,
    Spend,
    SpendCategory,
    Stage,
    StageChange,
    Update,
)

BATCH = 500
GROUPS = Decision.Group.values
CATEGORIES = SpendCategory.values
STAGES = Stage.values
PLACES = ["the library", "the youth centre", "college"]


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
    """Files share one small stored file, so a big list costs no disk."""
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
