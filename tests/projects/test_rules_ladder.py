"""rate ladder, asked of every role."""

import pytest

from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_rate_ladder(cast, who):
    assert user_for(cast, who).has_perm("projects.rate_ladder", cast.project) == (
        who in MEMBER_ROLES
    )
