"""Reads about sign-in cards."""

from allauth.account.models import EmailAddress
from django.db.models import Q

from participants.models import Participant, User
from projects.roles import RUNNING_ROLES, MemberStatus

# Someone who has left or was turned down runs nothing any more.
_STILL_IN = [MemberStatus.INVITED, MemberStatus.PENDING, MemberStatus.ACTIVE]


def active_places(user):
    """The projects a person takes part in, with the check-in code for each, for their card."""
    return list(
        Participant.objects.filter(user=user, status=MemberStatus.ACTIVE)
        .select_related("project")
        .order_by("project__title", "pk")
    )


def may_have_card(user_ids):
    """Of these accounts, the ones a fresh sign-in card may be given to, as a set of ids.

    A card lets whoever holds its code choose the account's password, so it is only for people
    who have no other way back in and whose account opens nothing beyond their own: no email
    address (anyone with one resets their own password), not a site administrator, and not
    leading, local-leading or facilitating any project, this one or another.
    """
    ids = set(user_ids)
    if not ids:
        return set()
    with_email = EmailAddress.objects.filter(user_id__in=ids).exclude(email="")
    runs_something = Participant.objects.filter(
        user_id__in=ids, role__in=RUNNING_ROLES, status__in=_STILL_IN
    )
    return set(
        User.objects.filter(pk__in=ids, is_active=True, is_staff=False, is_superuser=False)
        .filter(Q(email__isnull=True) | Q(email=""))
        .exclude(pk__in=with_email.values("user_id"))
        .exclude(pk__in=runs_something.values("user_id"))
        .values_list("pk", flat=True)
    )
