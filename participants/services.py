"""Writes about people: support needs, consent answers, and deleting an account."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from participants import consent_texts
from participants.models import Consent, Invitation, Participant, SupportNeeds, User
from participants.selectors import age_on, current_consents, is_under_18
from projects.models import Update
from projects.roles import MemberStatus

FORMER_PARTICIPANT = "A former participant"


def _locked(participant):
    """Lock the participant's row so two answers sent at once cannot both become current."""
    locked = Participant.objects.select_for_update(of=("self",)).select_related("user")
    return locked.get(pk=participant.pk)


@transaction.atomic
def support_needs_save(*, participant, **fields):
    """Create or replace the participant's support needs."""
    _locked(participant)
    needs, _ = SupportNeeds.objects.update_or_create(participant=participant, defaults=fields)
    return needs


@transaction.atomic
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
    participant = _locked(participant)
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


def age_band_for(age):
    if age < 16:
        return User.AgeBand.UNDER_16
    if age < 18:
        return User.AgeBand.AGE_16_17
    if age <= 25:
        return User.AgeBand.AGE_18_25
    return User.AgeBand.OVER_25


@transaction.atomic
def consent_withdraw(*, consent, now=None):
    """Withdraw one answer at once: from now on it counts as "no" (photos: not at all)."""
    _locked(consent.participant)
    consent = Consent.objects.get(pk=consent.pk)
    if consent.withdrawn_at is None:
        consent.withdrawn_at = now or timezone.now()
        consent.save(update_fields=["withdrawn_at"])
    return consent


@transaction.atomic
def user_delete(*, user, remove_contributions=False):
    """Delete an account and the personal data held about it.

    Goes: the account (name, email addresses, date of birth, age band, email choice, sign-in
    history), support needs (with any phone number), consent answers, notifications, and the
    name and email written on invitations to them (any still open are revoked).

    Stays, without the person: each Participant row, renamed "A former participant", with no
    account and marked as left, so project history and counts (who took part in which role)
    still add up. Records kept for the project's accounts and decisions (spending, funding,
    decisions, stage changes, glossary terms, files) keep no link to the person.

    Their own words: with `remove_contributions` the project updates they wrote are deleted;
    otherwise they stay, shown without a name. Any model added later that holds a person's own
    words (comments, ideas, feedback) must be handled here the same way: delete its rows when
    `remove_contributions` is true, otherwise leave them attached to the anonymous Participant.
    Reach them through the Participant's reverse relations so this module does not import from
    a higher app.
    """
    participants = list(Participant.objects.select_for_update().filter(user=user))
    SupportNeeds.objects.filter(participant__in=participants).delete()
    Consent.objects.filter(participant__in=participants).delete()
    now = timezone.now()
    theirs = Invitation.objects.filter(Q(accepted_by=user) | Q(participant__in=participants))
    theirs.filter(accepted_at__isnull=True, revoked_at__isnull=True).update(revoked_at=now)
    theirs.update(email="", name="", accepted_by=None)
    Participant.objects.filter(pk__in=[p.pk for p in participants]).update(
        user=None,
        display_name=FORMER_PARTICIPANT,
        status=MemberStatus.LEFT,
        wants_future_involvement=False,
    )
    if remove_contributions:
        Update.objects.filter(author=user).delete()
    user.delete()
