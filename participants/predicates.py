"""Predicates about one person's place in a project (a Participant) and about invitations.

Participant predicates take (user, participant); role predicates from projects.predicates work on
a participant or an invitation too, because both have a `project`.
"""

import rules

from participants.selectors.sign_in_cards import may_have_card as card_holders
from projects.predicates import is_facilitator, is_lead, is_local_lead


@rules.predicate
def is_self(user, participant):
    return (
        participant is not None
        and user.is_authenticated
        and participant.user_id is not None
        and participant.user_id == user.pk
    )


@rules.predicate
def invited_them(user, participant):
    return (
        participant is not None
        and user.is_authenticated
        and participant.invited_by_id is not None
        and participant.invited_by_id == user.pk
    )


@rules.predicate
def may_have_card(user, participant):
    """The person behind `participant` has an account that a fresh sign-in card may open:
    see participants.selectors.sign_in_cards.may_have_card. A page listing many people sets
    `card_allowed` on each account first, so the check costs no query per row."""
    if participant is None or participant.user_id is None or participant.user_id == user.pk:
        return False
    account = participant.user
    known = getattr(account, "card_allowed", None)
    if known is not None:
        return known
    return account.pk in card_holders([account.pk])


@rules.predicate
def is_offline(user, participant):
    """Someone taking part without an account, whose details the project team types in."""
    return participant is not None and participant.user_id is None


@rules.predicate
def is_inviter(user, invitation):
    """The user sent this invitation."""
    return (
        user.is_authenticated
        and invitation is not None
        and getattr(invitation, "invited_by_id", None) == user.pk
    )


# Those who plan support for a person: leads and facilitators for everyone, a local lead for the
# people they invited.
plans_support_for = is_lead | is_facilitator | (is_local_lead & invited_them)
