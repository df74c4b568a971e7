"""Places on the working group, asked of every role: the panel here is the young person and
the manager; the applicant is the member of staff."""

import pytest

from sessions.models import PlacesRound
from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import ParticipantFactory, UserFactory
from tests.helpers import user_for
from tests.sessions.places import apply, open_round

EVERY_MEMBER = set(MEMBER_ROLES)
PANEL = {"young_person", "manager"}
ON_THE_PROJECT = {
    "workshops.open_places": {"lead"},
    "workshops.view_places": EVERY_MEMBER,
    "workshops.decide_places": {"lead"},
}
ON_A_ROUND_FOR_MEMBERS = {
    "workshops.view_places": EVERY_MEMBER,
    "workshops.apply_for_place": EVERY_MEMBER - PANEL,
    "workshops.see_applications": PANEL | {"lead"},
    "workshops.give_panel_view": PANEL,
    "workshops.decide_places": {"lead"},
}


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_THE_PROJECT))
def test_project_permissions_by_role(cast, who, perm):
    assert user_for(cast, who).has_perm(perm, cast.project) is (who in ON_THE_PROJECT[perm])


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_ROUND_FOR_MEMBERS))
def test_round_permissions_by_role(cast, who, perm):
    places_round = open_round(cast)
    allowed = who in ON_A_ROUND_FOR_MEMBERS[perm]
    assert user_for(cast, who).has_perm(perm, places_round) is allowed


@pytest.mark.parametrize("who", EVERYONE)
def test_only_young_people_apply_to_a_round_for_young_people(cast, who):
    another = ParticipantFactory(project=cast.project, role="young_person", user=UserFactory())
    cast.participants["another young person"] = another
    places_round = open_round(
        cast,
        who_may_apply=PlacesRound.WhoMayApply.YOUNG_PEOPLE,
        panel=["lead", "another young person"],
    )
    allowed = who == "young_person"
    assert user_for(cast, who).has_perm("workshops.apply_for_place", places_round) is allowed


@pytest.mark.parametrize("who", EVERYONE)
def test_only_the_applicant_changes_an_application(cast, who):
    application = apply(open_round(cast), cast.participants["staff"])
    allowed = who == "staff"
    assert user_for(cast, who).has_perm("workshops.change_application", application) is allowed


@pytest.mark.parametrize("in_group", [True, False], ids=["in the group", "not in the group"])
@pytest.mark.parametrize("who", EVERYONE)
def test_members_of_the_group_write_a_handover(cast, who, in_group):
    for participant in cast.participants.values():
        participant.in_working_group = in_group
        participant.save()
    allowed = in_group and who in MEMBER_ROLES
    assert user_for(cast, who).has_perm("workshops.write_handover", cast.project) is allowed
