"""The payment permissions, asked for every role."""

import pytest

from tests.conftest import EVERYONE
from tests.sessions.payments import make_claim

ALLOWED = {
    "workshops.view_payments": {
        "lead",
        "local_lead",
        "facilitator",
        "young_person",
        "staff",
        "manager",
    },
    "workshops.make_claim": {
        "lead",
        "local_lead",
        "facilitator",
        "young_person",
        "staff",
        "manager",
    },
    "workshops.manage_payments": {"lead"},
}
# On a young person's claim: they and the project lead, no one else.
ON_A_CLAIM = {
    "workshops.view_claim": {"lead", "young_person"},
    "workshops.change_claim": {"lead", "young_person"},
}


def _user(cast, who):
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser() if who == "anonymous" else cast.users[who]


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ALLOWED))
def test_project_permissions_by_role(cast, who, perm):
    assert _user(cast, who).has_perm(perm, cast.project) is (who in ALLOWED[perm])


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(ON_A_CLAIM))
def test_a_claim_is_seen_only_by_its_person_and_leads(cast, who, perm):
    claim = make_claim(cast.participants["young_person"])
    assert _user(cast, who).has_perm(perm, claim) is (who in ON_A_CLAIM[perm])
