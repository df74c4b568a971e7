"""projects.view_privacy, projects.place_legal_hold and projects.set_retention_period, asked of
every role: a project's privacy page and its legal hold are for its leads; an organisation's
retention periods for site administrators and the organisation's own leads."""

import pytest

from projects.models import Organisation, Partner
from tests.conftest import EVERYONE
from tests.factories import OrganisationMemberFactory, UserFactory
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_view_privacy(cast, who):
    assert user_for(cast, who).has_perm("projects.view_privacy", cast.project) == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_place_legal_hold(cast, who):
    allowed = user_for(cast, who).has_perm("projects.place_legal_hold", cast.project)
    assert allowed == (who == "lead")


@pytest.fixture
def council(cast):
    council = Organisation.objects.create(name="Argyll Council")
    Partner.objects.create(project=cast.project, organisation=council, roles=["lead", "funder"])
    return council


@pytest.mark.parametrize("who", EVERYONE)
def test_a_place_in_a_project_alone_never_sets_an_organisation_period(cast, council, who):
    assert not user_for(cast, who).has_perm("projects.set_retention_period", council)


@pytest.mark.parametrize("is_lead", [True, False])
def test_the_organisation_leads_set_its_period_and_its_other_members_do_not(council, is_lead):
    place = OrganisationMemberFactory(organisation=council, is_lead=is_lead)
    assert place.user.has_perm("projects.set_retention_period", council) == is_lead


def test_a_lead_of_another_organisation_may_not(council):
    other = OrganisationMemberFactory(is_lead=True)
    assert not other.user.has_perm("projects.set_retention_period", council)


def test_site_staff_set_any_organisation_period(council, db):
    staff = UserFactory(is_staff=True)
    assert staff.has_perm("projects.set_retention_period", council)
    assert staff.has_perm("projects.set_retention_period", None)
