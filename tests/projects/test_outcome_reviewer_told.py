"""A recorded outcome waits for a reviewer: the people who may review it (leads, frontline
staff and managers) are told in their inbox, except whoever wrote that version."""

from participants.models import Notification
from tests.projects.outcome_data import add_outcome


def _told(cast):
    return {
        who
        for who, user in cast.users.items()
        if Notification.objects.filter(
            user=user, subject__startswith="An outcome to review"
        ).exists()
    }


def test_recording_an_outcome_tells_the_reviewers_but_not_the_recorder(cast):
    outcome = add_outcome(cast.project, cast.users["facilitator"])
    assert _told(cast) == {"lead", "staff", "manager"}
    note = Notification.objects.get(user=cast.users["manager"])
    assert note.link == outcome.get_absolute_url() and note.action == "Review the outcome"
    assert "waiting for someone who did not write it" in note.body


def test_a_lead_who_records_one_is_not_told_about_their_own(cast):
    add_outcome(cast.project, cast.users["lead"])
    assert _told(cast) == {"staff", "manager"}


def test_a_changed_outcome_asks_for_a_review_again(cast):
    from projects.services.outcomes import outcome_update

    outcome = add_outcome(cast.project, cast.users["lead"])
    Notification.objects.all().delete()
    outcome_update(outcome=outcome, by=cast.users["lead"], title="The friends' pack, printed")
    assert _told(cast) == {"staff", "manager"}
    assert "was changed and is waiting" in Notification.objects.first().body
