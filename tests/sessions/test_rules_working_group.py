"""join working group, asked of every role."""

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_join_working_group(cast, who):
    allowed = who in MEMBER_ROLES
    assert user_for(cast, who).has_perm("workshops.join_working_group", cast.project) == allowed
