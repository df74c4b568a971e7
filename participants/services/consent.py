"""Writes about consent answers: giving, changing, renewing and withdrawing them.

Answers are never overwritten: a new answer is a new row and the one it replaces is marked
withdrawn, so the history stays. The rules for where an answer stands are in
`participants.selectors.consent`.
"""

from django.db import transaction
from django.utils import timezone

from participants import consent_texts
from participants.models import Consent
from participants.selectors.consent import age_band_for, age_on, current_consents, is_under_18
from participants.services.membership import participant_lock
from projects.freshness import changes_project, project_changed_by_id


@transaction.atomic
@changes_project(via="participant")
def consents_give(*, participant, answers, recorded_by=None, under_18=None, now=None):
    """Record answers ({purpose: level}) to the consent questions in their current wording.

    An answer that changes, renews an under-18 consent, or follows new wording becomes a new
    row, and the answer it replaces gets `withdrawn_at`: the history is kept. Repeating the
    same answer to the same words changes nothing. `recorded_by` is someone who typed in a
    paper form; `under_18` is what that form said (otherwise it comes from the person's age).
    Returns the new rows.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    participant = participant_lock(participant)
    if under_18 is None:
        under_18 = is_under_18(participant, today=today)
    standing = current_consents(participant, today=today)
    created = []
    for purpose, level in answers.items():
        text = consent_texts.text_shown(purpose)
        current = standing[purpose].consent
        if (
            current is not None
            and current.level == level
            and current.text_shown == text
            and not standing[purpose].needs_renewal
        ):
            continue
        if current is not None:
            current.withdrawn_at = now
            current.save(update_fields=["withdrawn_at"])
        created.append(
            Consent.objects.create(
                participant=participant,
                purpose=purpose,
                level=level,
                text_shown=text,
                given_at=now,
                given_under_18=under_18,
                recorded_by=recorded_by,
            )
        )
    return created


@transaction.atomic
@changes_project(via="participant")
def own_consents_give(*, participant, answers, date_of_birth=None, age_band="", now=None):
    """A member answers the consent questions for themself, saying their age at the same time."""
    user = participant.user
    now = now or timezone.now()
    if date_of_birth:
        age_band = age_band_for(age_on(date_of_birth, timezone.localdate(now)))
    user.date_of_birth = date_of_birth
    user.age_band = age_band
    user.save(update_fields=["date_of_birth", "age_band"])
    return consents_give(participant=participant, answers=answers, now=now)


@transaction.atomic
def consent_withdraw(*, consent, now=None):
    """Withdraw one answer at once: from now on it counts as "no" (photos: not at all)."""
    project_changed_by_id(consent.participant.project_id)
    participant_lock(consent.participant)
    consent = Consent.objects.get(pk=consent.pk)
    if consent.withdrawn_at is None:
        consent.withdrawn_at = now or timezone.now()
        consent.save(update_fields=["withdrawn_at"])
    return consent
