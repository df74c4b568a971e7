"""join_with_new_account: the account and the place in the project are made together, or not
at all."""

import pytest
from allauth.account.models import EmailAddress

from participants.models import InvitationState, User
from participants.services.invitations import invitation_create, invitation_revoke
from participants.services.join_settings import project_people_settings_update
from participants.services.joining import (
    InvitationRevoked,
    OpenJoinClosed,
    join_with_new_account,
)
from projects.roles import MemberStatus, Role

NEW = {"email": "jay@example.org", "password": "a long pass phrase", "display_name": "Jay"}


def test_it_makes_the_account_and_accepts_the_invitation(cast):
    invitation = invitation_create(project=cast.project, by=cast.lead, role=Role.YOUNG_PERSON)
    user, participant = join_with_new_account(**NEW, invitation=invitation)
    assert user.email == "jay@example.org" and user.check_password("a long pass phrase")
    assert participant.user == user and participant.status == MemberStatus.ACTIVE
    invitation.refresh_from_db()
    assert invitation.state == InvitationState.JOINED
    assert not EmailAddress.objects.get(user=user).verified  # a printed code proves no address


def test_an_address_the_invitation_was_emailed_to_counts_as_checked(cast):
    invitation = invitation_create(
        project=cast.project, by=cast.lead, role=Role.STAFF, email="jay@example.org"
    )
    user, _participant = join_with_new_account(
        **{**NEW, "email": "Jay@example.org"}, invitation=invitation
    )
    assert EmailAddress.objects.get(user=user).verified


def test_a_refused_invitation_leaves_no_account(cast):
    invitation = invitation_create(project=cast.project, by=cast.lead, role=Role.STAFF)
    invitation_revoke(invitation=invitation, by=cast.lead)
    with pytest.raises(InvitationRevoked):
        join_with_new_account(**NEW, invitation=invitation)
    assert not User.objects.filter(email="jay@example.org").exists()
    assert not EmailAddress.objects.filter(email="jay@example.org").exists()


def test_it_joins_with_the_open_link_in_the_role_chosen(cast):
    project = project_people_settings_update(
        project=cast.project,
        by=cast.lead,
        open_join_enabled=True,
        open_join_roles=[Role.YOUNG_PERSON],
        open_join_needs_approval=False,
        local_lead_roles=[],
    )
    user, participant = join_with_new_account(
        **NEW, code=project.open_join_code, role=Role.YOUNG_PERSON
    )
    assert (participant.user, participant.role) == (user, Role.YOUNG_PERSON)


def test_a_closed_link_leaves_no_account(cast):
    with pytest.raises(OpenJoinClosed):
        join_with_new_account(**NEW, code="NOSUCHCODE12", role=Role.YOUNG_PERSON)
    assert not User.objects.filter(email="jay@example.org").exists()
