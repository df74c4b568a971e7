"""Reads about sign-in cards."""

from participants import codes
from participants.models import SignInCode


def user_for_code(code):
    """The account a still-usable sign-in card code belongs to, or None."""
    card = SignInCode.objects.usable().select_related("user").filter(code_hash=codes.hashed(code))
    card = card.first()
    return card.user if card else None
