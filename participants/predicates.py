"""Predicates about invitations and people; the project-wide ones live in projects.predicates."""

import rules


@rules.predicate
def is_inviter(user, invitation):
    """The user sent this invitation."""
    return (
        user.is_authenticated
        and invitation is not None
        and getattr(invitation, "invited_by_id", None) == user.pk
    )
