"""The safeguarding permissions, asked for every role. The facilitator and the manager are the
project's safeguarding leads here."""

import pytest
import rules
from django.contrib.auth.models import AnonymousUser

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import UserFactory
from tests.sessions.safeguarding import name_leads

ALLOWED = {
    "workshops.raise_concern": set(MEMBER_ROLES),
    "workshops.handle_concerns": {"facilitator", "manager"},
    "workshops.name_safeguarding_leads": {"lead"},
    "workshops.record_vetting": {"lead", "facilitator", "manager"},
}


def _user(cast, who):
    return AnonymousUser() if who == "anonymous" else cast.users[who]


@pytest.fixture
def leads(cast):
    return name_leads(cast, "facilitator", "manager")


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ALLOWED))
def test_project_permissions_by_role(cast, leads, who, perm):
    assert rules.has_perm(perm, _user(cast, who), cast.project) is (who in ALLOWED[perm])


@pytest.mark.parametrize("who", EVERYONE)
def test_without_safeguarding_leads_no_one_handles_concerns(cast, who):
    assert not rules.has_perm("workshops.handle_concerns", _user(cast, who), cast.project)


def test_a_site_administrator_is_not_a_safeguarding_lead(cast, leads):
    admin = UserFactory(is_staff=True, is_superuser=True)
    assert not rules.has_perm("workshops.handle_concerns", admin, cast.project)


def test_a_safeguarding_lead_who_leaves_no_longer_handles_concerns(cast, leads):
    facilitator = cast.participants["facilitator"]
    facilitator.status = "left"
    facilitator.save()
    cast.project.refresh_from_db()
    assert not rules.has_perm("workshops.handle_concerns", cast.facilitator, cast.project)
