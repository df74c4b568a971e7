"""Notices that used to reach nobody: judges hear they are on a pitch panel, and whoever
recorded an outcome hears when a reviewer asks for changes."""

from participants.models import Notification
from projects.services.outcomes import outcome_review
from sessions.prototypes.services.pitches import pitch_set_up
from tests.projects.outcome_data import add_outcome
from tests.sessions.conftest import make_session
from tests.sessions.prototype_helpers import make_prototype


def test_each_judge_is_told_once_that_they_are_on_the_panel(cast):
    session = make_session(cast.project, title="Pitch night", kind="pitch")
    idea = make_prototype(cast)
    judges = [cast.participants["young_person"], cast.participants["manager"]]
    pitch_set_up(session=session, by=cast.lead, ideas=[idea], judges=judges, criteria=["Useful"])
    pitch_set_up(session=session, by=cast.lead, ideas=[idea], judges=judges, criteria=["Useful"])
    told = Notification.objects.filter(subject="You are a judge at “Pitch night”")
    assert sorted(n.user_id for n in told) == sorted(j.user_id for j in judges)
    assert told.first().link.endswith(f"/sessions/{session.pk}/pitch/")
    assert told.first().action == "See the pitch"


def test_the_recorder_hears_when_a_reviewer_asks_for_changes(cast):
    outcome = add_outcome(cast.project, cast.facilitator)
    outcome_review(outcome=outcome, by=cast.manager, verdict="changes", note="Add the numbers.")
    note = Notification.objects.get(user=cast.facilitator, subject__startswith="Changes asked")
    assert "Add the numbers." in note.body and note.action == "Change the outcome"
    assert note.link == outcome.get_absolute_url()


def test_an_agreement_asks_the_recorder_for_nothing(cast):
    outcome = add_outcome(cast.project, cast.facilitator)
    outcome_review(outcome=outcome, by=cast.manager, verdict="agree")
    assert not Notification.objects.filter(subject__startswith="Changes asked").exists()
