"""A fair pitch: the panel's make-up, the warning when young people are outnumbered, scoring
and results by role of judge."""

import pytest

from sessions.models import Pitch, PitchScore
from sessions.prototypes.services.pitches import pitch_set_up
from tests.conftest import EVERYONE
from tests.factories import ParticipantFactory, UserFactory
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import make_prototype

WARNING = "Young people are outnumbered on this panel:"


def pitch_url(session, rest=""):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/pitch/{rest}"


@pytest.fixture
def pitch_session(cast):
    return make_session(cast.project, title="Pitch night", kind="pitch", days=-1)


def second_young_person(cast):
    return ParticipantFactory(
        project=cast.project,
        role="young_person",
        user=UserFactory(email="yp2@example.org", display_name="Kai"),
        display_name="Kai",
    )


def test_the_planner_is_warned_when_young_people_are_outnumbered(cast, client_as, pitch_session):
    idea = make_prototype(cast)
    p = cast.participants
    response = client_as("facilitator").post(
        pitch_url(pitch_session),
        {
            "ideas": [idea.pk],
            "judges": [p["young_person"].pk, p["staff"].pk, p["manager"].pk],
            "criteria": "Would young people use it?\nCan we afford it?",
        },
    )
    assert response.status_code == 302
    page = client_as("facilitator").get(pitch_url(pitch_session)).content.decode()
    assert WARNING in page and "1 young person and 2 others" in page


def test_a_balanced_panel_gets_no_warning(cast, client_as, pitch_session):
    idea = make_prototype(cast)
    pitch_set_up(
        session=pitch_session,
        by=cast.lead,
        ideas=[idea],
        judges=[
            cast.participants["young_person"],
            second_young_person(cast),
            cast.participants["manager"],
        ],
        criteria="Useful?",
    )
    page = client_as("lead").get(pitch_url(pitch_session)).content.decode()
    assert WARNING not in page and "Young people: 2" in page


def test_setting_up_needs_ideas_judges_and_criteria(cast, client_as, pitch_session):
    page = client_as("lead").post(pitch_url(pitch_session), {"criteria": "  "}).content.decode()
    for message in [
        "Choose at least one idea",
        "Choose the people on the panel.",
        "Write at least one thing",
    ]:
        assert message in page
    assert not Pitch.objects.exists()


@pytest.mark.parametrize("who", EVERYONE)
def test_the_pitch_page_answers_each_role(cast, client_as, pitch_session, who):
    response = client_as(who).post(pitch_url(pitch_session), {"criteria": "x"})
    expected = {"anonymous": 302, "outsider": 404, "lead": 200, "facilitator": 200}.get(who, 403)
    assert response.status_code == expected
    if who not in ("anonymous", "outsider"):
        assert client_as(who).get(pitch_url(pitch_session)).status_code == 200


def test_a_session_that_is_not_a_pitch_has_no_pitch_page(cast, client_as):
    workshop = make_session(cast.project)
    assert client_as("lead").get(pitch_url(workshop)).status_code == 404


@pytest.fixture
def pitch(cast, pitch_session):
    idea = make_prototype(cast, by="staff")
    return pitch_set_up(
        session=pitch_session,
        by=cast.lead,
        ideas=[idea],
        judges=[
            cast.participants["young_person"],
            second_young_person(cast),
            cast.participants["staff"],
            cast.participants["manager"],
        ],
        criteria="Would young people use it?\nCan we afford it?",
    )


def test_judges_score_and_results_show_per_role_of_judge(cast, client_as, pitch, pitch_session):
    idea = pitch.ideas.get()
    score = pitch_url(pitch_session, f"ideas/{idea.pk}/score/")
    assert (
        client_as("young_person")
        .post(score, {"mark_0": "5", "mark_1": "4", "comment": "Yes"})
        .status_code
        == 302
    )
    client_as("manager").post(score, {"mark_0": "3", "mark_1": "3"})
    assert PitchScore.objects.get(role="young_person").total == 9
    page = client_as("staff").get(pitch_url(pitch_session)).content.decode()
    # Two judges scored: too few to show a score without pointing at one of them.
    assert '<th scope="col">Other roles</th>' in page and "9.0" not in page
    assert "<td>fewer than 3: not shown</td>" in page


def test_a_judge_cannot_score_their_own_idea(cast, client_as, pitch, pitch_session):
    idea = pitch.ideas.get()
    response = client_as("staff").post(
        pitch_url(pitch_session, f"ideas/{idea.pk}/score/"), {"mark_0": "5", "mark_1": "5"}
    )
    assert response.status_code == 400
    assert "You cannot score an idea you added yourself." in response.content.decode()
    assert not PitchScore.objects.exists()


def test_a_judge_scores_once_and_only_from_1_to_5(cast, client_as, pitch, pitch_session):
    score = pitch_url(pitch_session, f"ideas/{pitch.ideas.get().pk}/score/")
    client = client_as("young_person")
    page = client.post(score, {"mark_0": "6", "mark_1": "0"}).content.decode()
    assert "Give a number from 1 to 5." in page and not PitchScore.objects.exists()
    client.post(score, {"mark_0": "4", "mark_1": "4"})
    again = client.post(score, {"mark_0": "1", "mark_1": "1"})
    assert again.status_code == 400 and "already scored" in again.content.decode()
    assert PitchScore.objects.get().total == 8


def test_only_judges_score(cast, client_as, pitch, pitch_session):
    score = pitch_url(pitch_session, f"ideas/{pitch.ideas.get().pk}/score/")
    assert client_as("lead").post(score, {"mark_0": "5", "mark_1": "5"}).status_code == 403
    assert client_as("outsider").get(score).status_code == 404
    assert not PitchScore.objects.exists()
