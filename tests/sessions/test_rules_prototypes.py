import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for
from tests.sessions.prototype_helpers import comment, make_prototype

RUNNERS = {"lead", "facilitator"}
MEMBERS = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}

# Ideas and comments: everyone as an equal. Names hidden from peers, moderation, test rounds
# and decisions: those who run the project and keep people safe.
ON_PROTOTYPE = {
    "workshops.view_prototype": MEMBERS,
    "workshops.add_prototype": MEMBERS,
    "workshops.change_prototype": MEMBERS,
    "workshops.add_comment": MEMBERS,
    "workshops.give_feedback": MEMBERS,
    "workshops.see_hidden_names": RUNNERS,
    "workshops.moderate_comments": RUNNERS,
    "workshops.run_test_rounds": RUNNERS,
    "workshops.decide_prototype": RUNNERS,
}


@pytest.mark.parametrize("perm", sorted(ON_PROTOTYPE))
@pytest.mark.parametrize("who", EVERYONE)
def test_each_role_holds_exactly_its_prototype_permissions(cast, perm, who):
    prototype = make_prototype(cast)
    assert user_for(cast, who).has_perm(perm, prototype) is (who in ON_PROTOTYPE[perm])


@pytest.mark.parametrize("who", EVERYONE)
def test_only_the_author_can_change_their_comment_and_ask_for_another_look(cast, who):
    prototype = make_prototype(cast)
    written = comment(cast, prototype, "young_person")
    user = user_for(cast, who)
    assert user.has_perm("workshops.change_comment", written) is (who == "young_person")
    assert user.has_perm("workshops.ask_for_review", written) is (who == "young_person")
    assert user.has_perm("workshops.report_comment", written) is (who in MEMBERS)


def test_a_hidden_or_deleted_comment_cannot_be_changed_even_by_its_author(cast):
    from django.utils import timezone

    prototype = make_prototype(cast)
    hidden = comment(cast, prototype, "young_person", hidden_at=timezone.now())
    deleted = comment(cast, prototype, "young_person", deleted_at=timezone.now())
    assert not cast.young_person.has_perm("workshops.change_comment", hidden)
    assert not cast.young_person.has_perm("workshops.change_comment", deleted)


@pytest.mark.parametrize("who", EVERYONE)
def test_only_judges_on_the_panel_score_a_pitch(cast, who):
    from sessions.prototypes.services.pitches import pitch_set_up
    from tests.sessions.conftest import make_session

    pitch = pitch_set_up(
        session=make_session(cast.project, kind="pitch"),
        by=cast.lead,
        ideas=[make_prototype(cast)],
        judges=[cast.participants["young_person"], cast.participants["manager"]],
        criteria="Useful?",
    )
    allowed = who in {"young_person", "manager"}
    assert user_for(cast, who).has_perm("workshops.score_pitch", pitch) is allowed
