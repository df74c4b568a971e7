"""Inviting the network into a new project in one step: each person gets the usual invitation,
by email when they have an account, otherwise a code to print on a card."""

from django.db import transaction

from participants.selectors.network import network_for
from participants.services.invitations import invitation_create
from projects.audit import audit_record


@transaction.atomic
def network_invite(*, project, by):
    """Invite everyone in the lead's network; returns (emailed, cards) invitations."""
    emailed, cards = [], []
    for person in network_for(project, by):
        email = person.user.email if person.user_id and person.user.email else ""
        invitation = invitation_create(
            project=project, by=by, role=person.role, email=email, name=person.display_name
        )
        (emailed if email else cards).append(invitation)
    audit_record(
        actor=by,
        action="network_invite",
        target=project,
        project=project,
        detail={"emailed": len(emailed), "cards": len(cards)},
    )
    return emailed, cards
