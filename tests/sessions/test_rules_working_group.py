"""Joining the working group and posting its updates, asked of every role."""

import pytest

from projects.roles import MemberStatus
from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import ParticipantFactory
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_join_working_group(cast, who):
    allowed = who in MEMBER_ROLES
    assert user_for(cast, who).has_perm("workshops.join_working_group", cast.project) == allowed


# Leads and facilitators post for the group whether or not they are in it; anyone else only
# while they are in it.
RUNS = {"lead", "facilitator"}


@pytest.mark.parametrize("in_group", [True, False], ids=["in the group", "not in the group"])
@pytest.mark.parametrize("who", EVERYONE)
def test_rule_post_group_update(cast, who, in_group):
    for participant in cast.participants.values():
        participant.in_working_group = in_group
        participant.save()
    allowed = who in RUNS or (in_group and who in MEMBER_ROLES)
    assert user_for(cast, who).has_perm("workshops.post_group_update", cast.project) == allowed


@pytest.mark.parametrize("status", [MemberStatus.LEFT, MemberStatus.INVITED])
def test_someone_no_longer_taking_part_cannot_post_for_the_group(cast, status):
    young = cast.participants["young_person"]
    young.in_working_group = True
    young.status = status
    young.save()
    assert not young.user.has_perm("workshops.post_group_update", cast.project)


def test_being_in_another_projects_group_gives_no_right_here(cast):
    ParticipantFactory(user=cast.staff, in_working_group=True)
    assert not cast.staff.has_perm("workshops.post_group_update", cast.project)
