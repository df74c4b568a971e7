"""invite network, asked of every role."""

import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_invite_network(cast, who):
    assert user_for(cast, who).has_perm("participants.invite_network", cast.project) == (
        who == "lead"
    )


@pytest.mark.parametrize("who", EVERYONE)
def test_rule_post_letters(cast, who):
    """Letters carry postal addresses: only a lead prints and posts them."""
    assert user_for(cast, who).has_perm("participants.post_letters", cast.project) == (
        who == "lead"
    )
