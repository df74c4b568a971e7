"""workshops.handle_concerns, workshops.handle_organisation_concerns and
projects.name_organisation_safeguarding_leads, asked of every role and actor: an
organisation's safeguarding leads handle the concerns of every project it leads (and no
other); its leads name them."""

import pytest

from projects.models import Organisation, Partner
from sessions.safeguarding.selectors.leads import concern_readers
from tests.conftest import EVERYONE
from tests.factories import OrganisationMemberFactory, ProjectFactory
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_no_role_in_the_project_alone_handles_its_concerns(cast, ann, who):
    assert not user_for(cast, who).has_perm("workshops.handle_concerns", cast.project)


def test_the_organisations_safeguarding_lead_handles_its_projects_concerns(cast, ann):
    assert ann.has_perm("workshops.handle_concerns", cast.project)
    assert not ann.has_perm("workshops.handle_concerns", ProjectFactory())


def test_one_of_another_organisation_does_not(cast, ann):
    other = OrganisationMemberFactory(is_lead=False, is_safeguarding_lead=True).user
    assert not other.has_perm("workshops.handle_concerns", cast.project)


def test_an_organisation_that_is_a_partner_but_does_not_lead_gives_no_one_the_concerns(cast):
    funder = Organisation.objects.create(name="A Trust")
    Partner.objects.create(project=cast.project, organisation=funder, roles=["funder"])
    officer = OrganisationMemberFactory(
        organisation=funder, is_lead=False, is_safeguarding_lead=True
    ).user
    assert not officer.has_perm("workshops.handle_concerns", cast.project)


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("manager", True), ("staff", False), ("lead", False), ("outsider", False)],
)
def test_the_organisations_leads_name_its_safeguarding_leads(cast, council, who, allowed):
    assert (
        user_for(cast, who).has_perm("projects.name_organisation_safeguarding_leads", council)
        == allowed
    )


@pytest.mark.parametrize("who", ["manager", "staff", "lead", "outsider"])
def test_only_the_organisations_safeguarding_leads_see_its_concerns(cast, council, ann, who):
    assert ann.has_perm("workshops.handle_organisation_concerns", council)
    assert not user_for(cast, who).has_perm("workshops.handle_organisation_concerns", council)


def test_with_two_organisations_leading_both_their_officers_handle_the_concerns(cast, ann):
    trust = Organisation.objects.create(name="A Trust")
    Partner.objects.create(project=cast.project, organisation=trust, roles=["lead", "funder"])
    bea = OrganisationMemberFactory(
        organisation=trust, is_lead=False, is_safeguarding_lead=True
    ).user
    assert ann.has_perm("workshops.handle_concerns", cast.project)
    assert bea.has_perm("workshops.handle_concerns", cast.project)
    readers = [reader.display_name for reader in concern_readers(cast.project)]
    assert readers == [f"{bea.name} (A Trust)", "Ann Officer (Argyll Council)"]
