"""Ideas, comments, sheets and test answers are part of a person's data, and deleting an
account keeps them as "a former participant" or removes them, as the person chooses."""

import json

from participants.services.account import user_delete
from sessions.models import Comment, EvaluationSheet, Feedback, PitchScore, Prototype
from sessions.prototypes.services.pitches import pitch_score, pitch_set_up
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import comment, make_prototype, open_round, url


def _section(data, key):
    return next(source for source in data["more"] if source["key"] == key)


def _contributions(cast):
    prototype = make_prototype(cast, by="young_person")
    mine = comment(cast, prototype, "young_person", body="My own words", hide_name=True)
    comment(cast, prototype, "staff", body="A reply from staff", parent=mine)
    comment(cast, prototype, "young_person", body="A second thought")
    comment(cast, prototype, "manager", body="Someone else's words")
    EvaluationSheet.objects.create(
        prototype=prototype,
        learnt="Shorter is better",
        written_by=cast.participants["young_person"],
    )
    Feedback.objects.create(
        round=open_round(prototype),
        participant=cast.participants["young_person"],
        role="young_person",
        useful=5,
        comment="Would have helped me",
    )
    other_idea = make_prototype(cast, title="Map", by="staff")
    pitch = pitch_set_up(
        session=make_session(cast.project, kind="pitch"),
        by=cast.lead,
        ideas=[other_idea],
        judges=[cast.participants["young_person"]],
        criteria="Useful?",
    )
    pitch_score(
        pitch=pitch, prototype=other_idea, judge=cast.participants["young_person"], marks=[4]
    )
    return prototype


def test_my_data_has_my_ideas_comments_sheets_and_answers_only(cast, client_as):
    _contributions(cast)
    data = json.loads(client_as("young_person").get("/me/data.json").content)
    assert [r["Idea"] for r in _section(data, "ideas")["rows"]] == ["Friends' pack"]  # not "Map"
    comments = _section(data, "comments")["rows"]
    assert [c["Your comment"] for c in comments] == ["My own words", "A second thought"]
    assert comments[0]["Your name hidden from other participants"] == "Yes"
    assert _section(data, "feedback")["rows"][0]["Your rating (1 to 5)"] == 5
    assert _section(data, "pitch_scores")["rows"][0]["Your scores"] == "4"
    assert _section(data, "sheets")["rows"][0]["What we learnt"] == "Shorter is better"
    assert "Someone else" not in json.dumps(data) and "A reply from staff" not in json.dumps(data)


def test_kept_contributions_show_as_a_former_participant(cast, client_as):
    prototype = _contributions(cast)
    user_delete(user=cast.young_person, remove_contributions=False)
    page = client_as("facilitator").get(url(prototype)).content.decode()
    assert "My own words" in page and "A former participant" in page
    assert Feedback.objects.count() == 1


def test_removed_contributions_go_and_other_peoples_replies_stay(cast, client_as):
    prototype = _contributions(cast)
    user_delete(user=cast.young_person, remove_contributions=True)
    assert not Comment.objects.filter(body__in=["My own words", "A second thought"]).exists()
    assert Comment.objects.filter(body="A reply from staff").exists()
    assert Comment.objects.filter(body="Someone else's words").exists()
    assert not Feedback.objects.exists() and not PitchScore.objects.exists()
    assert Prototype.objects.get(title="Friends' pack").created_by is None
    assert EvaluationSheet.objects.get().written_by is None
    page = client_as("staff").get(url(prototype)).content.decode()
    assert "Deleted by the person who wrote it." in page and "A reply from staff" in page
