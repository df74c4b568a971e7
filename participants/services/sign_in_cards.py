"""Writes about getting back in without email: fresh sign-in cards with a one-time code.

Giving someone a fresh card ends their password and every place they are signed in at once
(Django checks each session against the password), and cancels any earlier card's code. The
code is shown once, on the card; only a keyed hash of it is stored.
"""

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from participants.identity import codes
from participants.models import SignInCode, User
from participants.notify import notify
from participants.selectors.sign_in_cards import may_have_card
from projects.audit import audit_record
from projects.freshness import changes_pages

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
@changes_pages
def sign_in_code_issue(*, participant, by):
    """Make a fresh sign-in card for the person behind `participant`. Returns the new code,
    to be printed now: it cannot be read back later."""
    user = User.objects.select_for_update().get(pk=participant.user_id)
    if user.pk == by.pk or user.pk not in may_have_card([user.pk]):
        # The view asks first; this holds the rule for any other caller too.
        raise PermissionDenied("A sign-in card is only for someone with no other way back in.")
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
    _tell_about_new_card(user=user, card=card, by=by, project=participant.project)
    return code


def _tell_about_new_card(*, user, card, by, project):
    """The owner hears of a new card on every channel they have: a text if they asked for
    texts, and a message on the site they will see once they are in."""
    expires = date_format(timezone.localtime(card.expires_at), "j F Y")
    notify(
        user=user,
        project=project,
        essential=True,
        text="You have a new sign-in card",
        subject="You have a new sign-in card",
        body=(
            f"{by.name} gave you a new sign-in card for {project.title}. It ended your old "
            f"password. To get back in, type the code on the card and choose a new password "
            f"before {expires}.\n\nIf you did not ask for a new card, tell the project lead "
            "straight away."
        ),
        link=reverse("me:sign_in_card"),
        action="See your sign-in card",
    )


def sign_in_code_check(code):
    """Raise the refusal for a code that cannot be used now; return the card's owner if it can.
    Reads only: using the code is sign_in_code_use."""
    card = SignInCode.objects.select_related("user").filter(code_hash=codes.hashed(code)).first()
    _refuse_unusable(card)
    return card.user


def _refuse_unusable(card):
    if card is None or not card.user.is_active:
        raise SignInCodeUnknown
    if card.used_at:
        raise SignInCodeUsed
    if card.cancelled_at:
        raise SignInCodeCancelled
    if card.expires_at <= timezone.now():
        raise SignInCodeExpired


@transaction.atomic
@changes_pages
def sign_in_code_use(*, code, password):
    """Set a new password with the code from a sign-in card. Each code works once.

    The code is checked first; only then is the password held to the site's rules for its
    owner (a django ValidationError, with nothing changed), so the answer about a password
    never tells a live code from a dead one."""
    card = (
        SignInCode.objects.select_for_update(of=("self", "user"))
        .select_related("user")
        .filter(code_hash=codes.hashed(code))
        .first()
    )
    _refuse_unusable(card)
    validate_password(password, user=card.user)
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
@changes_pages
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
