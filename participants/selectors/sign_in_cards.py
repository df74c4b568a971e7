"""Reads about sign-in cards."""

from participants import codes
from participants.models import Participant, SignInCode
from projects.roles import MemberStatus


def user_for_code(code):
    """The account a still-usable sign-in card code belongs to, or None."""
    card = SignInCode.objects.usable().select_related("user").filter(code_hash=codes.hashed(code))
    card = card.first()
    return card.user if card else None


def active_places(user):
    """The projects a person takes part in, with the check-in code for each, for their card."""
    return list(
        Participant.objects.filter(user=user, status=MemberStatus.ACTIVE)
        .select_related("project")
        .order_by("project__title", "pk")
    )
