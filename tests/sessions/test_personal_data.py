"""Session replies are part of a person's data: downloaded with it, forgotten with the account."""

import json

from participants.services.account import user_delete
from sessions.models import Attendance, CalendarSettings
from tests.sessions.conftest import reply


def _section(data, key):
    return next(source for source in data["more"] if source["key"] == key)


def test_my_data_has_my_replies_and_answers_and_nobody_elses(cast, client_as, session):
    reply(session, cast.participants["young_person"], "yes", answer_1="Yes, from Oban at 17:15")
    reply(session, cast.participants["staff"], "yes", needs_other="Vegan meal for Sam")
    CalendarSettings.objects.create(user=cast.young_person, reminders_on=False)

    data = json.loads(client_as("young_person").get("/me/data.json").content)

    rows = _section(data, "session_replies")["rows"]
    assert len(rows) == 1
    assert rows[0]["Session"] == "Evening workshop"
    assert rows[0]["Do you need a lift from Oban?"] == "Yes, from Oban at 17:15"
    assert _section(data, "calendar")["rows"] == [
        {"Private calendar address": "Turned off", "Session reminders": "Off"}
    ]
    assert "Vegan" not in json.dumps(data)


def test_the_page_shows_my_replies_in_words(cast, client_as, session):
    reply(session, cast.participants["young_person"], "maybe", needs_childcare=True)

    page = client_as("young_person").get("/me/data/").content.decode()

    assert "Your replies to sessions" in page
    assert "Evening workshop" in page and "childcare" in page


def test_deleting_the_account_keeps_the_reply_but_not_what_i_said_about_myself(cast, session):
    reply(
        session,
        cast.participants["young_person"],
        "yes",
        answer_1="Lift from Oban",
        needs_travel=True,
        needs_other="Step-free access",
        show_name=True,
    )

    user_delete(user=cast.young_person)

    kept = Attendance.objects.get(session=session)
    assert kept.reply == "yes"
    assert kept.participant.display_name == "A former participant"
    assert (kept.answer_1, kept.needs_travel, kept.needs_other, kept.show_name) == (
        "",
        False,
        "",
        False,
    )
