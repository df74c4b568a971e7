"""/projects/<slug>/sessions/<pk>/sent-later/: what was done on a phone with no signal, sent
when the signal came back. Each action is done once however often it is sent, and what
changed meanwhile is said in plain words."""

import uuid
from datetime import timedelta

import pytest
from django.utils import timezone

from projects.models import Project
from projects.roles import MemberStatus
from sessions.models import Attendance, OfflineAction, Session
from tests.sessions.conftest import make_session


@pytest.fixture
def session(cast):
    """Cards are checked in on the day: a session this evening, in person."""
    return make_session(cast.project, days=0, hour=23, title="Mapping the town")


def url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/sent-later/"


def earlier_today(minutes):
    """A moment `minutes` ago, or midnight when that was yesterday: check-ins count on the
    session's own day, and the suite may run just after midnight."""
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    return max(timezone.now() - timedelta(minutes=minutes), midnight)


def action(kind, **fields):
    made = earlier_today(5)
    return {"action_id": str(uuid.uuid4()), "kind": kind, "made_at": made.isoformat()} | fields


def card(cast, role="young_person"):
    return cast.participants[role].card_code


def version(project):
    return Project.objects.get(pk=project.pk).data_version


def test_a_check_in_made_offline_is_done(cast, client_as, session):
    sent = action("checkin", code=card(cast))
    response = client_as("facilitator").post(url(session), sent)
    assert response.status_code == 200
    assert response.json() == {"outcome": "done", "message": "Young person is checked in."}
    attendance = Attendance.objects.get()
    assert attendance.attended and attendance.checked_in_by == cast.facilitator
    assert OfflineAction.objects.get().action_id == uuid.UUID(sent["action_id"])


def test_the_check_in_keeps_the_time_it_was_made_on_the_phone(cast, client_as, session):
    made = earlier_today(40)
    client_as("facilitator").post(
        url(session), action("checkin", code=card(cast), made_at=made.isoformat())
    )
    assert Attendance.objects.get().checked_in_at == made


def test_sending_the_same_action_again_changes_nothing_and_answers_the_same(
    cast, client_as, session
):
    client = client_as("facilitator")
    sent = action("checkin", code=card(cast))
    first = client.post(url(session), sent).json()
    before = version(cast.project)
    again = client.post(url(session), sent)
    assert again.status_code == 200 and again.json() == first
    assert Attendance.objects.count() == OfflineAction.objects.count() == 1
    assert version(cast.project) == before + 1  # moved, but nothing else written


def test_an_id_is_one_persons_own(cast, client_as, session, client):
    """Another person's action with the same id is their own action."""
    sent = action("checkin", code=card(cast))
    client_as("facilitator").post(url(session), sent)
    client.force_login(cast.lead)
    response = client.post(url(session), sent | {"code": card(cast, "staff")})
    assert response.json()["outcome"] == "done"
    assert Attendance.objects.filter(attended=True).count() == 2


def test_someone_checked_in_meanwhile_is_said_in_plain_words(cast, client_as, session):
    local = timezone.localtime().replace(hour=18, minute=32)
    Attendance.objects.create(
        session=session,
        participant=cast.participants["young_person"],
        attended=True,
        checked_in_at=local,
        checked_in_by=cast.lead,
    )
    response = client_as("facilitator").post(url(session), action("checkin", code=card(cast)))
    assert response.status_code == 200
    assert response.json() == {
        "outcome": "conflict",
        "message": "Young person was already checked in by Project lead at 18:32.",
    }


def test_a_cancelled_session_refuses_it_in_words(cast, client_as, session):
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    response = client_as("facilitator").post(url(session), action("checkin", code=card(cast)))
    assert response.status_code == 409
    assert response.json() == {
        "outcome": "refused",
        "message": "“Mapping the town” was cancelled, so no one was checked in.",
    }
    assert not Attendance.objects.exists()


def test_a_person_who_left_is_refused_in_words(cast, client_as, session):
    person = cast.participants["young_person"]
    person.status = MemberStatus.LEFT
    person.save()
    response = client_as("facilitator").post(url(session), action("checkin", code=card(cast)))
    assert response.status_code == 409
    assert response.json()["outcome"] == "refused"
    assert "Young person" in response.json()["message"]
    assert not Attendance.objects.filter(attended=True).exists()
    # Sent again, the same answer, still nothing done.
    assert OfflineAction.objects.get().outcome == "refused"


def test_a_young_persons_reply_is_sent(cast, client_as, session):
    response = client_as("young_person").post(url(session), action("reply", reply="maybe"))
    assert response.json() == {
        "outcome": "done",
        "message": "Your reply to “Mapping the town” is sent: maybe.",
    }
    assert Attendance.objects.get(participant=cast.participants["young_person"]).reply == "maybe"


def test_a_reply_to_a_cancelled_session_is_refused(cast, client_as, session):
    Session.objects.filter(pk=session.pk).update(status=Session.Status.CANCELLED)
    response = client_as("young_person").post(url(session), action("reply", reply="yes"))
    assert response.status_code == 409
    assert response.json()["message"] == (
        "“Mapping the town” was cancelled, so your reply was not sent."
    )
    assert not Attendance.objects.exists()


def test_a_reply_given_on_paper_for_someone_who_left_is_refused(cast, client_as, session):
    person = cast.participants["staff"]
    person.status = MemberStatus.LEFT
    person.save()
    sent = action("paper_reply", participant=person.pk, reply="yes")
    response = client_as("facilitator").post(url(session), sent)
    assert response.status_code == 409
    assert response.json()["message"] == (
        "Frontline staff is no longer taking part in the project, so the reply from "
        "Frontline staff was not recorded."
    )


def test_ticks_change_only_what_was_changed_on_the_phone(cast, client_as, session):
    people = cast.participants
    Attendance.objects.create(session=session, participant=people["staff"], attended=True)
    Attendance.objects.create(
        session=session, participant=people["manager"], attended=True, checked_in_by=cast.lead
    )
    sent = action(
        "attendance",
        attended=[people["young_person"].pk],
        was=[people["staff"].pk],  # manager was checked in by someone else meanwhile
    )
    response = client_as("facilitator").post(url(session), sent)
    assert response.json() == {"outcome": "done", "message": "Who came is saved: 2 changes."}
    came = set(Attendance.objects.filter(attended=True).values_list("participant", flat=True))
    assert came == {people["young_person"].pk, people["manager"].pk}


def test_notes_changed_meanwhile_are_kept_with_the_new_ones(cast, client_as, session):
    Session.objects.filter(pk=session.pk).update(notes_after="Ellie's notes.")
    sent = action("notes", notes="Mine.", was="")
    response = client_as("facilitator").post(url(session), sent)
    assert response.json()["outcome"] == "conflict"
    assert "Nothing was lost" in response.json()["message"]
    assert Session.objects.get(pk=session.pk).notes_after == "Ellie's notes.\n\nMine."


def test_it_requires_sign_in(client, cast, session):
    response = client.post(url(session), action("checkin", code=card(cast)))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not OfflineAction.objects.exists()


def test_it_hides_the_project_from_outsiders(client_as, cast, session):
    assert client_as("outsider").post(url(session), action("reply", reply="no")).status_code == 404


@pytest.mark.parametrize("kind", ["checkin", "attendance", "notes", "paper_reply"])
def test_only_those_running_sessions_send_what_they_do(client_as, cast, session, kind):
    response = client_as("young_person").post(url(session), action(kind, code=card(cast)))
    assert response.status_code == 403
    assert not OfflineAction.objects.exists()


def test_it_rejects_get(client_as, session):
    assert client_as("facilitator").get(url(session)).status_code == 405


@pytest.mark.parametrize(
    "change, words",
    [
        ({"action_id": "not-an-id"}, "The action's id is not one we know."),
        ({"made_at": "yesterday"}, "When this was done is missing or not a time."),
        ({"kind": "payment"}, "This is not something that can be sent later."),
        ({"code": ""}, "Type the code from the person's card."),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(cast, client_as, session, change, words):
    response = client_as("facilitator").post(url(session), action("checkin", code="x") | change)
    assert response.status_code == 422
    assert response.json()["outcome"] == "invalid"
    assert words in response.json()["message"]
    assert not OfflineAction.objects.exists() and not Attendance.objects.exists()


def test_my_data_lists_what_i_sent_later_and_nobody_elses(cast, client_as, session, client):
    client_as("young_person").post(url(session), action("reply", reply="maybe"))
    client.force_login(cast.facilitator)
    client.post(url(session), action("checkin", code=card(cast, "staff")))
    client.force_login(cast.young_person)
    data = client.get("/me/data.json").json()
    section = next(part for part in data["more"] if part["key"] == "sent_later")
    assert [row["What happened"] for row in section["rows"]] == [
        "Your reply to “Mapping the town” is sent: maybe."
    ]


def test_deleting_the_account_forgets_what_was_sent_later_but_keeps_the_reply(
    cast, client_as, session
):
    from participants.services.account import user_delete

    client_as("young_person").post(url(session), action("reply", reply="maybe"))
    user_delete(user=cast.young_person)
    assert not OfflineAction.objects.exists()
    assert Attendance.objects.get().reply == "maybe"
