"""An open test round reaches the people who can answer it: a message in their inbox when it
opens, and a place on the project overview until it closes, marked once they have answered."""

from datetime import timedelta

from django.utils import timezone

from participants.models import Notification
from sessions.prototypes.services import rounds
from tests.sessions.prototype_helpers import make_prototype, open_round

OVERVIEW = "/projects/care-leavers/"


def test_opening_a_round_tells_every_member_but_the_opener(cast):
    prototype = make_prototype(cast)
    now = timezone.now()
    test_round = rounds.test_round_open(
        prototype=prototype,
        by=cast.users["facilitator"],
        question="Would this pack help you in your first week?",
        opens_at=now,
        closes_at=now + timedelta(days=14),
    )
    told = set(
        Notification.objects.filter(subject__startswith="A question about").values_list(
            "user", flat=True
        )
    )
    assert told == {u.pk for who, u in cast.users.items() if who not in ("facilitator", "outsider")}
    note = Notification.objects.filter(user=cast.users["young_person"]).get()
    assert note.link.endswith(f"/test-rounds/{test_round.pk}/")
    assert note.action == "Answer the question"
    assert "nobody sees who answered what" in note.body


def test_an_open_round_is_on_the_young_persons_overview_until_answered(cast, client_as):
    prototype = make_prototype(cast)
    test_round = open_round(prototype)
    client = client_as("young_person")
    body = client.get(OVERVIEW).content.decode()
    assert "Questions about prototypes" in body and "Would this pack help you" in body
    assert "Answer by" in body
    rounds.feedback_give(
        test_round=test_round, participant=cast.participants["young_person"], useful=4, comment=""
    )
    body = client.get(OVERVIEW).content.decode()
    assert "You have answered: thank you." in body


def test_rounds_not_open_yet_or_closed_are_not_shown(cast, client_as):
    prototype = make_prototype(cast)
    open_round(prototype, opens_in=2, closes_in=30)
    open_round(prototype, opens_in=-48, closes_in=-1)
    assert (
        "Questions about prototypes" not in client_as("young_person").get(OVERVIEW).content.decode()
    )


def test_a_round_that_opens_later_appears_once_its_time_comes(cast, client_as, monkeypatch):
    prototype = make_prototype(cast)
    open_round(prototype, opens_in=2, closes_in=30)
    client = client_as("young_person")
    assert "Questions about prototypes" not in client.get(OVERVIEW).content.decode()
    later = timezone.now() + timedelta(hours=3)
    monkeypatch.setattr("django.utils.timezone.now", lambda: later)
    assert "Questions about prototypes" in client.get(OVERVIEW).content.decode()
