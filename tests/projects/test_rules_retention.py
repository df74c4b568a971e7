"""projects.view_privacy, projects.place_legal_hold and projects.set_retention_period, asked of
every role: a project's privacy page and its legal hold are for its leads; an organisation's
retention periods for site administrators and the leads of projects the organisation leads."""

import pytest

from projects.models import Organisation, Partner
from tests.conftest import EVERYONE
from tests.factories import UserFactory
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
def test_set_retention_period_of_the_leading_organisation(cast, council, who):
    allowed = user_for(cast, who).has_perm("projects.set_retention_period", council)
    assert allowed == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_set_retention_period_of_a_funder_only(cast, who):
    funder = Organisation.objects.create(name="A trust")
    Partner.objects.create(project=cast.project, organisation=funder, roles=["funder"])
    assert not user_for(cast, who).has_perm("projects.set_retention_period", funder)


def test_site_staff_set_any_organisation_period(council, db):
    staff = UserFactory(is_staff=True)
    assert staff.has_perm("projects.set_retention_period", council)
    assert staff.has_perm("projects.set_retention_period", None)
