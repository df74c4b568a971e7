import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for
from tests.sessions.conftest import make_session

RUNNERS = {"lead", "facilitator"}
MEMBERS = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}

PERMISSIONS = {
    "workshops.view_session": MEMBERS,
    "workshops.plan_session": RUNNERS,
    "workshops.reply_to_session": MEMBERS,
    "workshops.view_replies": RUNNERS,
    "workshops.record_attendance": RUNNERS,
    "workshops.add_photo": RUNNERS,
    "workshops.view_photo": MEMBERS,
    "workshops.answer_poll": MEMBERS,
}


@pytest.mark.parametrize("perm", sorted(PERMISSIONS))
@pytest.mark.parametrize("who", EVERYONE)
def test_each_role_holds_exactly_its_session_permissions(cast, perm, who):
    session = make_session(cast.project)
    allowed = who in PERMISSIONS[perm]
    assert user_for(cast, who).has_perm(perm, session) is allowed


@pytest.mark.parametrize("who", EVERYONE)
def test_nobody_can_reply_to_a_cancelled_session(cast, who):
    session = make_session(cast.project, status="cancelled")
    assert user_for(cast, who).has_perm("workshops.reply_to_session", session) is False
