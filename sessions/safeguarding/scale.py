"""Concerns for the benchmark's scale data: a project tops up to `n` concerns, of both kinds,
one in three closed, some with actions; and the organisation leading it gets a lead and a
safeguarding lead, so the organisation's own pages can be measured."""

from datetime import timedelta

from django.utils import timezone

from projects.models import OrganisationMember
from sessions.models import Concern, ConcernAction
from sessions.safeguarding.selectors.leads import leading_organisations
from sessions.scale_rows import BATCH

CATEGORIES = [Concern.Category.WELFARE, Concern.Category.WELFARE, Concern.Category.CONDUCT]


def organisation_people(project, *, lead, officer):
    """Make `lead` a lead, and `officer` a safeguarding lead, of the organisation leading
    `project`; returns that organisation."""
    organisation = leading_organisations(project)[0]
    for user, place in ((lead, {"is_lead": True}), (officer, {"is_safeguarding_lead": True})):
        OrganisationMember.objects.update_or_create(
            organisation=organisation, user=user, defaults=place
        )
    return organisation


def top_up_concerns(project, n, *, by, now=None):
    now = now or timezone.now()
    have = project.concerns.count()
    concerns = Concern.objects.bulk_create(
        (
            Concern(
                project=project,
                category=CATEGORIES[i % len(CATEGORIES)],
                what_happened="Something was said at a session that worried a member of staff.",
                when_text="At the last session",
                raised_by=by,
                raised_at=now - timedelta(hours=7 * i + 1),
                status=Concern.Status.CLOSED if i % 3 == 2 else Concern.Status.OPEN,
                closed_at=now - timedelta(hours=7 * i) if i % 3 == 2 else None,
            )
            for i in range(have, n)
        ),
        batch_size=BATCH,
    )
    ConcernAction.objects.bulk_create(
        (
            ConcernAction(
                concern=concern,
                what="Talked it through with the young person's worker.",
                done_by="Safeguarding lead",
                done_at=concern.raised_at + timedelta(hours=2),
                recorded_by=by,
            )
            for concern in concerns[::2]
        ),
        batch_size=BATCH,
    )
