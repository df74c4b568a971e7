"""Who may give someone a fresh sign-in card, and who sees their mobile number: every role."""

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.helpers import user_for
from tests.participants.people import another_young_person, invitee_of_local_lead

PLANNERS = {"lead", "facilitator"}


@pytest.mark.parametrize("who", EVERYONE)
def test_only_leads_give_a_card_to_someone_a_local_lead_did_not_invite(cast, who):
    robyn = another_young_person(cast, email=None)
    assert user_for(cast, who).has_perm("participants.give_sign_in_card", robyn) == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_lead_gives_cards_to_the_people_they_invited(cast, who):
    kirsty = invitee_of_local_lead(cast, email=None)
    assert user_for(cast, who).has_perm("participants.give_sign_in_card", kirsty) == (
        who in {"lead", "local_lead"}
    )


@pytest.mark.parametrize("who", EVERYONE)
def test_a_mobile_number_is_seen_by_leads_and_facilitators(cast, who):
    robyn = another_young_person(cast)
    assert user_for(cast, who).has_perm("participants.view_mobile", robyn) == (who in PLANNERS)


@pytest.mark.parametrize("who", EVERYONE)
def test_a_local_lead_sees_the_numbers_of_people_they_invited_only(cast, who):
    kirsty = invitee_of_local_lead(cast)
    assert user_for(cast, who).has_perm("participants.view_mobile", kirsty) == (
        who in PLANNERS | {"local_lead"}
    )


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_everyone_sees_their_own_number(cast, who):
    assert cast.users[who].has_perm("participants.view_mobile", cast.participants[who])


@pytest.mark.parametrize("who", ["young_person", "staff", "manager"])
def test_no_participant_sees_another_members_number(cast, who):
    for role, other in cast.participants.items():
        if role != who:
            assert not cast.users[who].has_perm("participants.view_mobile", other)
