"""The Open Badge permissions, asked for every role: only the holder downloads their badge (not
the lead, not a site administrator); the project's lead revokes."""

import pytest
import rules

from tests.conftest import EVERYONE
from tests.helpers import user_for
from tests.sessions.credentials import badge

ON_A_YOUNG_PERSONS_BADGE = {
    "workshops.download_credential": {"young_person"},
    "workshops.revoke_credential": {"lead"},
}


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_YOUNG_PERSONS_BADGE))
def test_badge_permissions_by_role(cast, who, perm):
    credential = badge(cast)
    allowed = who in ON_A_YOUNG_PERSONS_BADGE[perm]
    assert rules.has_perm(perm, user_for(cast, who), credential) is allowed


@pytest.mark.parametrize("who", EVERYONE)
def test_revoking_on_the_project_by_role(cast, who):
    allowed = who == "lead"
    assert user_for(cast, who).has_perm("workshops.revoke_credential", cast.project) is allowed


def test_a_badge_whose_project_is_gone_is_revoked_by_nobody(cast):
    credential = badge(cast)
    credential.project = None
    assert not rules.has_perm("workshops.revoke_credential", cast.lead, credential)
    assert rules.has_perm("workshops.download_credential", cast.young_person, credential)
