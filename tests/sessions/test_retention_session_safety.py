"""Safety information and "How was today?" answers in the retention schedule: safety
information goes 7 days after its session, answers a year after, and a legal hold keeps both,
in the hourly deletion too."""

import datetime

import pytest
from django.utils import timezone

from projects.models import LegalHold
from projects.registries.retention import retention
from projects.retention.run import retention_apply
from sessions.models import DayAnswer, SafetyInfo
from sessions.safeguarding.services.how_was_today import how_was_today_answer
from sessions.safeguarding.services.safety_info import safety_info_delete_expired
from tests.sessions.session_safety import ended_session, give_safety_info

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(cast):
    return ended_session(cast, hours_ago=2)


def _ended_on(session):
    return timezone.localdate(session.ends_at)


def test_safety_information_goes_seven_days_after_the_session(cast, session):
    give_safety_info(session, cast.participants["young_person"])
    ended = _ended_on(session)

    retention_apply(on=ended + datetime.timedelta(days=7))
    assert SafetyInfo.objects.count() == 1
    retention_apply(on=ended + datetime.timedelta(days=8))
    assert SafetyInfo.objects.count() == 0
    retention_apply(on=ended + datetime.timedelta(days=9))
    assert SafetyInfo.objects.count() == 0


def test_the_seven_days_are_the_same_for_every_organisation():
    record_type = retention.get("session_safety_info")
    assert record_type.period_words() == "7 days after the session"
    assert not record_type.per_project


def test_a_legal_hold_keeps_safety_information_from_both_runs(cast, session):
    give_safety_info(session, cast.participants["young_person"])
    LegalHold.objects.create(project=cast.project, reason="An incident at the session")
    later = session.ends_at + datetime.timedelta(days=30)

    assert safety_info_delete_expired(now=later) == 0
    retention_apply(on=timezone.localdate(later))
    assert SafetyInfo.objects.count() == 1


def test_a_hold_on_the_person_keeps_theirs(cast, session):
    young = cast.participants["young_person"]
    give_safety_info(session, young)
    LegalHold.objects.create(person=young.user, reason="A claim about that evening")
    assert safety_info_delete_expired(now=session.ends_at + datetime.timedelta(days=30)) == 0
    assert SafetyInfo.objects.count() == 1


def test_how_was_today_answers_go_a_year_after_the_session(cast, session):
    how_was_today_answer(
        session=session, participant=cast.participants["young_person"], feeling="good"
    )
    ended = _ended_on(session)

    retention_apply(on=ended + datetime.timedelta(days=300))
    assert DayAnswer.objects.count() == 1
    retention_apply(on=ended + datetime.timedelta(days=400))
    assert DayAnswer.objects.count() == 0


def test_a_dry_run_lists_them_and_removes_nothing(cast, session):
    give_safety_info(session, cast.participants["young_person"])
    lines = retention_apply(on=_ended_on(session) + datetime.timedelta(days=8), dry_run=True)
    due = {line.record_type.key: line for line in lines}
    assert len(due["session_safety_info"].due) == 1
    assert SafetyInfo.objects.count() == 1
