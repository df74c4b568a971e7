"""Each people permission, asked of every role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.conftest import EVERYONE
from tests.factories import InvitationFactory
from tests.helpers import user_for

EXPECTED = {
    "participants.invite": {"lead", "local_lead"},
    "participants.view_people_details": {"lead", "local_lead", "facilitator"},
    "participants.manage_people": {"lead"},
    "participants.approve_member": {"lead"},
}


@pytest.mark.parametrize("perm", sorted(EXPECTED))
@pytest.mark.parametrize("who", EVERYONE)
def test_project_people_permissions(cast, perm, who):
    assert user_for(cast, who).has_perm(perm, cast.project) == (who in EXPECTED[perm])


@pytest.mark.parametrize("who", EVERYONE)
def test_only_leads_manage_an_invitation_someone_else_sent(cast, who):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.facilitator)
    allowed = user_for(cast, who).has_perm("participants.manage_invitation", invitation)
    assert allowed == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_lead_manages_the_invitations_they_sent(cast, who):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.local_lead)
    allowed = user_for(cast, who).has_perm("participants.manage_invitation", invitation)
    assert allowed == (who in {"lead", "local_lead"})


def test_a_local_lead_who_left_no_longer_manages_their_invitations(cast):
    invitation = InvitationFactory(project=cast.project, invited_by=cast.local_lead)
    cast.participants["local_lead"].status = "left"
    cast.participants["local_lead"].save()
    assert not cast.local_lead.has_perm("participants.manage_invitation", invitation)
    assert not cast.local_lead.has_perm("participants.invite", cast.project)


def test_an_invitation_with_no_sender_is_no_one_s_but_the_leads(cast):
    invitation = InvitationFactory(project=cast.project, invited_by=None)
    assert not cast.local_lead.has_perm("participants.manage_invitation", invitation)
    assert not AnonymousUser().has_perm("participants.manage_invitation", invitation)
    assert cast.lead.has_perm("participants.manage_invitation", invitation)
