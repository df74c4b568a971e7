"""A person's safety information and "How was today?" answers are in their own data download
and in nobody else's, and go when they delete their account."""

import pytest

from participants.registries.personal_data import personal_data
from sessions.models import DayAnswer, SafetyInfo
from sessions.safeguarding.personal_data import safety_data_forget
from sessions.safeguarding.services.how_was_today import how_was_today_answer
from tests.sessions.session_safety import HEALTH, ended_session, give_safety_info


@pytest.fixture
def given(cast):
    session = ended_session(cast)
    young = cast.participants["young_person"]
    give_safety_info(session, young)
    how_was_today_answer(session=session, participant=young, feeling="okay", words="Tired")
    return session


def _section(user, key):
    return next(part for part in personal_data.collect(user) if part["key"] == key)


def test_the_person_finds_theirs_in_their_data(cast, given):
    [info] = _section(cast.young_person, "session_safety_info")["rows"]
    assert info["Health notes"] == HEALTH and info["Session"] == given.title
    assert info["Emergency contact"] == "Wombat Smith"
    [answer] = _section(cast.young_person, "how_was_today")["rows"]
    assert answer["Your answer"] == "Okay" and answer["What you wrote"] == "Tired"
    assert answer["You told the safeguarding lead you were worried"] == "No"


@pytest.mark.parametrize("who", ["lead", "facilitator", "staff", "outsider"])
def test_nobody_else_finds_it_in_theirs(cast, given, who):
    everything = str(personal_data.collect(cast.users[who]))
    assert HEALTH not in everything and "Tired" not in everything


def test_it_goes_with_the_account(cast, given):
    young = cast.participants["young_person"]
    safety_data_forget(user=cast.young_person, participants=[young], remove_contributions=False)
    assert not SafetyInfo.objects.exists() and not DayAnswer.objects.exists()


def test_deleting_an_account_deletes_it(cast, client_as, given):
    from participants.services.account import user_delete

    user_delete(user=cast.young_person)
    assert not SafetyInfo.objects.exists() and not DayAnswer.objects.exists()
