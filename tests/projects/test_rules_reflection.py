"""add reflection, asked of every role."""

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_add_reflection(cast, who):
    allowed = who in MEMBER_ROLES
    assert user_for(cast, who).has_perm("projects.add_reflection", cast.project) == allowed
