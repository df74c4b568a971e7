"""Who may see and change someone's support needs and consent: every role, own and invitee cases."""

import pytest

from projects.roles import Role
from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import ParticipantFactory, ProjectFactory
from tests.helpers import user_for
from tests.participants.people import (
    another_young_person,
    invitee_of_local_lead,
    offline_person,
)

PLANNERS = {"lead", "facilitator"}


@pytest.mark.parametrize("who", EVERYONE)
def test_another_young_persons_needs_are_seen_only_by_leads_and_facilitators(cast, who):
    robyn = another_young_person(cast)
    allowed = user_for(cast, who).has_perm("participants.view_support_needs", robyn)
    assert allowed == (who in PLANNERS)


@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_lead_also_sees_the_needs_of_people_they_invited(cast, who):
    kirsty = invitee_of_local_lead(cast)
    allowed = user_for(cast, who).has_perm("participants.view_support_needs", kirsty)
    assert allowed == (who in PLANNERS | {"local_lead"})


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_everyone_sees_their_own_needs(cast, who):
    own = cast.participants[who]
    assert cast.users[who].has_perm("participants.view_support_needs", own)


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_no_participant_sees_another_members_needs(cast, who):
    for role, other in cast.participants.items():
        if role != who:
            assert not cast.users[who].has_perm("participants.view_support_needs", other)


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_people_outside_the_project_see_no_ones_needs(cast, who):
    for participant in cast.participants.values():
        assert not user_for(cast, who).has_perm("participants.view_support_needs", participant)


def test_a_lead_who_has_left_no_longer_sees_needs(cast):
    robyn = another_young_person(cast)
    cast.participants["lead"].status = "left"
    cast.participants["lead"].save()
    assert not cast.lead.has_perm("participants.view_support_needs", robyn)


def test_a_local_lead_who_has_left_no_longer_sees_their_invitees(cast):
    kirsty = invitee_of_local_lead(cast)
    cast.participants["local_lead"].status = "left"
    cast.participants["local_lead"].save()
    assert not cast.local_lead.has_perm("participants.view_support_needs", kirsty)


def test_inviting_someone_to_another_project_gives_no_sight_of_their_needs(cast):
    elsewhere = ProjectFactory()
    stranger = ParticipantFactory(project=elsewhere, invited_by=cast.local_lead)
    assert not cast.local_lead.has_perm("participants.view_support_needs", stranger)
    assert not cast.lead.has_perm("participants.view_support_needs", stranger)


@pytest.mark.parametrize(
    "perm", ["participants.change_support_needs", "participants.record_consent"]
)
@pytest.mark.parametrize("who", EVERYONE)
def test_the_team_types_in_answers_only_for_someone_offline(cast, who, perm):
    shona = offline_person(cast)
    allowed = user_for(cast, who).has_perm(perm, shona)
    assert allowed == (who in PLANNERS)


@pytest.mark.parametrize(
    "perm", ["participants.change_support_needs", "participants.record_consent"]
)
@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_lead_types_in_answers_for_an_offline_person_they_invited(cast, who, perm):
    shona = offline_person(cast, invited_by=cast.local_lead)
    allowed = user_for(cast, who).has_perm(perm, shona)
    assert allowed == (who in PLANNERS | {"local_lead"})


@pytest.mark.parametrize(
    "perm", ["participants.change_support_needs", "participants.record_consent"]
)
@pytest.mark.parametrize("who", EVERYONE)
def test_no_one_answers_for_someone_with_an_account(cast, who, perm):
    kirsty = invitee_of_local_lead(cast)
    assert not user_for(cast, who).has_perm(perm, kirsty)


@pytest.mark.parametrize(
    "perm", ["participants.change_support_needs", "participants.record_consent"]
)
@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_everyone_answers_for_themself(cast, who, perm):
    assert cast.users[who].has_perm(perm, cast.participants[who])


@pytest.mark.parametrize("who", EVERYONE)
def test_view_needs_summary(cast, who):
    allowed = user_for(cast, who).has_perm("participants.view_needs_summary", cast.project)
    assert allowed == (who in {"lead", "facilitator", "local_lead"})


def test_an_offline_participant_is_nobodys_self(cast):
    shona = offline_person(cast)
    for role in Role:
        if role.value not in PLANNERS:
            assert not cast.users[role.value].has_perm("participants.view_support_needs", shona)
