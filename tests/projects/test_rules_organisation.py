"""view organisation and view organisation network, asked of every role: only the
organisation's own people see it, and only its leads see its network; a project role in one of
its projects gives neither."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import OrganisationFactory, OrganisationMemberFactory, PartnerFactory
from tests.helpers import user_for

ORGANISATION_ROLES = ["organisation_lead", "organisation_member", "other_organisation_lead"]


@pytest.fixture
def organisation(cast):
    organisation = OrganisationFactory(name="STAF")
    PartnerFactory(project=cast.project, organisation=organisation)
    return organisation


def who_is(cast, organisation, who):
    if who == "organisation_lead":
        return OrganisationMemberFactory(organisation=organisation, is_lead=True).user
    if who == "organisation_member":
        return OrganisationMemberFactory(organisation=organisation, is_lead=False).user
    if who == "other_organisation_lead":
        return OrganisationMemberFactory(is_lead=True).user
    return user_for(cast, who)


@pytest.mark.parametrize("who", EVERYONE + ORGANISATION_ROLES)
def test_rule_view_organisation(cast, organisation, who):
    user = who_is(cast, organisation, who)
    assert user.has_perm("projects.view_organisation", organisation) == (
        who in ("organisation_lead", "organisation_member")
    )


@pytest.mark.parametrize("who", EVERYONE + ORGANISATION_ROLES)
def test_rule_view_organisation_network(cast, organisation, who):
    user = who_is(cast, organisation, who)
    assert user.has_perm("projects.view_organisation_network", organisation) == (
        who == "organisation_lead"
    )
