"""The training permissions, asked for every role."""

import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for
from tests.sessions.training import make_module

EVERY_MEMBER = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}
ALLOWED = {
    "workshops.view_training": EVERY_MEMBER,
    "workshops.write_training": {"lead", "facilitator"},
}
ON_A_PUBLISHED_MODULE = {
    "workshops.view_module": EVERY_MEMBER,
    "workshops.take_module": EVERY_MEMBER,
    "workshops.write_training": {"lead", "facilitator"},
}
ON_A_DRAFT = {
    "workshops.view_module": {"lead", "facilitator"},
    "workshops.take_module": set(),
    "workshops.write_training": {"lead", "facilitator"},
}


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ALLOWED))
def test_project_permissions_by_role(cast, who, perm):
    assert user_for(cast, who).has_perm(perm, cast.project) is (who in ALLOWED[perm])


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_PUBLISHED_MODULE))
def test_published_module_permissions_by_role(cast, who, perm):
    module = make_module(cast.project)
    assert user_for(cast, who).has_perm(perm, module) is (who in ON_A_PUBLISHED_MODULE[perm])


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_DRAFT))
def test_draft_permissions_by_role(cast, who, perm):
    module = make_module(cast.project, published=False)
    assert user_for(cast, who).has_perm(perm, module) is (who in ON_A_DRAFT[perm])
