"""Writes about getting back in without email: fresh sign-in cards with a one-time code.

Giving someone a fresh card ends their password and every place they are signed in at once
(Django checks each session against the password), and cancels any earlier card's code. The
code is shown once, on the card; only a keyed hash of it is stored.
"""

from django.db import transaction
from django.utils import timezone

from participants import codes
from participants.models import SignInCode, User
from projects.audit import audit_record

CODE_LENGTH = 12  # 25 ** 12 codes: with wrong guesses rate-limited, guessing one is hopeless


class SignInCodeRefused(Exception):
    """A code that cannot be used. Views choose what to say by the type."""


class SignInCodeUnknown(SignInCodeRefused):
    """No card has this code."""


class SignInCodeUsed(SignInCodeRefused):
    """The code worked once already."""


class SignInCodeExpired(SignInCodeRefused):
    """The code ran out before it was used."""


class SignInCodeCancelled(SignInCodeRefused):
    """A newer card replaced this one."""


@transaction.atomic
def sign_in_code_issue(*, participant, by):
    """Make a fresh sign-in card for the person behind `participant`. Returns the new code,
    to be printed now: it cannot be read back later."""
    user = User.objects.select_for_update().get(pk=participant.user_id)
    now = timezone.now()
    user.sign_in_codes.usable().update(cancelled_at=now)
    code = codes.new_code(CODE_LENGTH)
    card = SignInCode.objects.create(
        user=user, project=participant.project, issued_by=by, code_hash=codes.hashed(code)
    )
    # A new password hash changes every session's check value, so each open session ends.
    user.set_unusable_password()
    user.save(update_fields=["password"])
    audit_record(
        actor=by,
        action="sign_in_code_issue",
        target=participant,
        project=participant.project,
        detail={"expires_at": card.expires_at.isoformat()},
    )
    return code


@transaction.atomic
def sign_in_code_use(*, code, password):
    """Set a new password with the code from a sign-in card. Each code works once."""
    card = (
        SignInCode.objects.select_for_update(of=("self", "user"))
        .select_related("user")
        .filter(code_hash=codes.hashed(code))
        .first()
    )
    if card is None or not card.user.is_active:
        raise SignInCodeUnknown
    if card.used_at:
        raise SignInCodeUsed
    if card.cancelled_at:
        raise SignInCodeCancelled
    if card.expires_at <= timezone.now():
        raise SignInCodeExpired
    now = timezone.now()
    card.used_at = now
    card.save(update_fields=["used_at"])
    user = card.user
    # Using the card is being told about it, and about any card it replaced.
    user.sign_in_codes.filter(told_at__isnull=True).update(told_at=now)
    user.set_password(password)
    user.save(update_fields=["password"])
    return user


@transaction.atomic
def sign_in_cards_mark_told(*, user):
    """Cards given to `user` they have not been told about: returned, and marked as told."""
    cards = list(
        SignInCode.objects.select_for_update(of=("self",))
        .filter(user=user, told_at__isnull=True)
        .select_related("issued_by")
    )
    if cards:
        SignInCode.objects.filter(pk__in=[c.pk for c in cards]).update(told_at=timezone.now())
    return cards
