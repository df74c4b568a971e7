"""The payment permissions, asked for every role."""

from datetime import date

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.sessions.payments import add_rate, make_claim

ALLOWED = {
    "workshops.view_payments": {
        "lead",
        "local_lead",
        "facilitator",
        "young_person",
        "staff",
        "manager",
    },
    # The rate card in the fixture below pays young people and frontline staff.
    "workshops.make_claim": {"young_person", "staff"},
    "workshops.manage_payments": {"lead"},
}
# On a young person's claim: they and the project lead, no one else.
ON_A_CLAIM = {
    "workshops.view_claim": {"lead", "young_person"},
    "workshops.change_claim": {"lead", "young_person"},
}


def _user(cast, who):
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser() if who == "anonymous" else cast.users[who]


@pytest.fixture
def rate_card(cast):
    add_rate(cast.project, roles=["young_person"])
    add_rate(cast.project, roles=["staff"], day=date(2021, 1, 1))


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ALLOWED))
def test_project_permissions_by_role(cast, rate_card, who, perm):
    assert _user(cast, who).has_perm(perm, cast.project) is (who in ALLOWED[perm])


@pytest.mark.parametrize("who", EVERYONE)
def test_without_a_rate_card_no_one_may_claim(cast, who):
    assert not _user(cast, who).has_perm("workshops.make_claim", cast.project)


@pytest.mark.parametrize("who", EVERYONE)
def test_a_rate_card_that_pays_every_role_lets_every_member_claim(cast, who):
    add_rate(cast.project, roles=MEMBER_ROLES)
    allowed = who in MEMBER_ROLES
    assert _user(cast, who).has_perm("workshops.make_claim", cast.project) is allowed


def test_someone_who_has_left_may_not_claim(cast):
    add_rate(cast.project, roles=["young_person"])
    cast.participants["young_person"].status = "left"
    cast.participants["young_person"].save()
    assert not cast.users["young_person"].has_perm("workshops.make_claim", cast.project)


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_CLAIM))
def test_a_claim_is_seen_only_by_its_person_and_leads(cast, who, perm):
    claim = make_claim(cast.participants["young_person"])
    assert _user(cast, who).has_perm(perm, claim) is (who in ON_A_CLAIM[perm])
