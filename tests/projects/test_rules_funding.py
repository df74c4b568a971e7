"""Each partners-and-funding permission, asked of every role."""

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import ContributionFactory, PartnerFactory, SpendFactory
from tests.helpers import user_for

MEMBERS = set(MEMBER_ROLES)
LEAD_ONLY = {"lead"}
ARRANGERS = {"lead", "local_lead", "facilitator"}

PERMISSIONS = {
    "projects.view_partners": MEMBERS,
    "projects.view_partner_contacts": ARRANGERS,
    "projects.change_partners": LEAD_ONLY,
    "projects.change_funding": LEAD_ONLY,
    "projects.export_funding": LEAD_ONLY,
}


@pytest.mark.parametrize("perm", PERMISSIONS)
@pytest.mark.parametrize("who", EVERYONE)
def test_each_permission_on_the_project(cast, who, perm):
    assert user_for(cast, who).has_perm(perm, cast.project) == (who in PERMISSIONS[perm])


@pytest.mark.parametrize("who", EVERYONE)
def test_the_same_rules_hold_for_partners_funding_and_spending(cast, who):
    partner = PartnerFactory(project=cast.project)
    objects = [
        partner,
        ContributionFactory(partner=partner),
        SpendFactory(project=cast.project, partner=partner),
    ]
    user = user_for(cast, who)
    for obj in objects:
        assert user.has_perm("projects.change_funding", obj) == (who == "lead")
        assert user.has_perm("projects.view_partners", obj) == (who in MEMBERS)


def test_a_lead_of_another_project_cannot_change_this_one(cast):
    other = PartnerFactory()  # in a project of its own
    assert not cast.lead.has_perm("projects.change_partners", other)
    assert not cast.lead.has_perm("projects.view_partners", other.project)


def test_people_who_left_lose_sight_of_partner_contacts(cast):
    participant = cast.participants["facilitator"]
    participant.status = "left"
    participant.save()
    assert not cast.facilitator.has_perm("projects.view_partner_contacts", cast.project)
