"""Staff and managers review an outcome; the first agreement makes it agreed and tells the
people behind it."""

import pytest
from django.core import mail
from django.utils import timezone

from participants.models import Notification
from projects.models import Decision, Outcome, OutcomeReview
from tests.projects.outcome_data import add_outcome
from tests.projects.stage_data import add_decision


def url(outcome):
    return f"/projects/{outcome.project.slug}/outcomes/{outcome.pk}/review/"


def young_people_idea(cast):
    """An outcome the facilitator recorded; the messages asking reviewers to look at it
    (tests/projects/test_outcome_reviewer_told.py) are cleared, to count what a review sends."""
    decision = add_decision(cast.project, proposed_by=Decision.Group.YOUNG_PEOPLE)
    outcome = add_outcome(cast.project, cast.facilitator, decisions=[decision])
    Notification.objects.all().delete()
    return outcome


@pytest.mark.parametrize("who", ["lead", "staff", "manager"])
def test_an_agreement_makes_it_agreed_and_tells_the_people_behind_it(cast, client_as, who):
    outcome = young_people_idea(cast)
    mail.outbox.clear()
    response = client_as(who).post(url(outcome), {"verdict": "agree"})
    assert response.status_code == 302
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.AGREED
    assert outcome.agreed_on == timezone.localdate()
    review = OutcomeReview.objects.get()
    assert review.reviewer == cast.users[who] and review.revision == 1
    told = set(Notification.objects.values_list("user__email", flat=True))
    # Young people suggested the decision behind it; the facilitator recorded it.
    assert told == {cast.young_person.email, cast.facilitator.email}
    assert "is agreed" in Notification.objects.first().subject
    assert {m.to[0] for m in mail.outbox} == told


def test_asking_for_changes_needs_a_note_and_keeps_it_proposed(cast, client_as):
    outcome = young_people_idea(cast)
    response = client_as("manager").post(url(outcome), {"verdict": "changes", "note": " "})
    assert response.status_code == 200
    assert "Say what should change" in response.content.decode()
    assert not OutcomeReview.objects.exists()
    client_as("manager").post(url(outcome), {"verdict": "changes", "note": "Add numbers."})
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.PROPOSED
    # Only whoever recorded it hears, to make the changes; the people behind it wait.
    (note,) = Notification.objects.all()
    assert note.user == outcome.recorded_by and note.subject.startswith("Changes asked")
    page = client_as("lead").get(f"/projects/{cast.project.slug}/outcomes/").content.decode()
    assert "Changes asked" in page


def test_reviewing_the_same_version_twice_is_refused(cast, client_as):
    outcome = young_people_idea(cast)
    client = client_as("staff")
    client.post(url(outcome), {"verdict": "changes", "note": "Add numbers."})
    response = client.post(url(outcome), {"verdict": "agree"})
    assert response.status_code == 200
    assert "You have already reviewed this outcome" in response.content.decode()
    assert OutcomeReview.objects.count() == 1
    assert Outcome.objects.get().status == Outcome.Status.PROPOSED


def test_a_second_agreement_tells_no_one_again(cast, client_as):
    outcome = young_people_idea(cast)
    client_as("staff").post(url(outcome), {"verdict": "agree"})
    count = Notification.objects.count()
    client_as("manager").post(url(outcome), {"verdict": "agree"})
    assert OutcomeReview.objects.count() == 2
    assert Notification.objects.count() == count


def test_a_verdict_outside_the_list_is_refused(cast, client_as):
    outcome = young_people_idea(cast)
    response = client_as("manager").post(url(outcome), {"verdict": "maybe"})
    assert "Select a valid choice" in response.content.decode()
    assert not OutcomeReview.objects.exists()


@pytest.mark.parametrize("who", ["local_lead", "facilitator", "young_person"])
def test_others_cannot_review(cast, client_as, who):
    outcome = young_people_idea(cast)
    assert client_as(who).post(url(outcome), {"verdict": "agree"}).status_code == 403
    assert not OutcomeReview.objects.exists()


def test_anonymous_outsider_and_get(cast, client, client_as):
    outcome = young_people_idea(cast)
    assert client.post(url(outcome))["Location"].startswith("/accounts/login/")
    assert client_as("outsider").post(url(outcome), {"verdict": "agree"}).status_code == 404
    assert client_as("manager").get(url(outcome)).status_code == 405
    assert not OutcomeReview.objects.exists()


def test_the_outcome_page_offers_the_review_once(cast, client_as):
    outcome = young_people_idea(cast)
    page = f"/projects/{cast.project.slug}/outcomes/{outcome.pk}/"
    assert "Send my review" in client_as("manager").get(page).content.decode()
    assert "Send my review" not in client_as("young_person").get(page).content.decode()
    client_as("manager").post(url(outcome), {"verdict": "agree"})
    body = client_as("manager").get(page).content.decode()
    assert "Send my review" not in body and "You have reviewed this version" in body


def test_the_person_who_recorded_an_outcome_cannot_agree_it_themself(cast, client_as):
    from tests.projects.outcome_data import add_outcome

    outcome = add_outcome(cast.project, cast.lead)
    response = client_as("lead").post(url(outcome), {"verdict": "agree", "note": ""})
    assert "someone else must agree that it happened" in response.content.decode()
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.PROPOSED and not OutcomeReview.objects.exists()
    client_as("manager").post(url(outcome), {"verdict": "agree", "note": ""})
    outcome.refresh_from_db()
    assert outcome.status == Outcome.Status.AGREED
