"""The permissions of a session's safety information and of "How was today?", asked for every
role. The facilitator runs the sessions here; the project lead does not, and so sees nothing;
the young person is coming (and, after the session, came)."""

from datetime import timedelta

import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from sessions.models import Delivery
from tests.conftest import EVERYONE
from tests.factories import UserFactory
from tests.sessions.conftest import reply
from tests.sessions.session_safety import ended_session, give_safety_info, run_by_facilitator
from tests.sessions.training import make_module

BEFORE = {
    "workshops.give_safety_info": {"young_person"},
    "workshops.delete_safety_info": {"young_person"},
    "workshops.view_safety_info": {"facilitator"},
    "workshops.answer_how_was_today": set(),
    "workshops.view_how_was_today": {"facilitator"},
}
AFTER = BEFORE | {
    "workshops.give_safety_info": {"young_person"},
    "workshops.answer_how_was_today": {"young_person"},
}


def _user(cast, who):
    return AnonymousUser() if who == "anonymous" else cast.users[who]


@pytest.fixture
def coming(cast):
    session = run_by_facilitator(cast)
    give_safety_info(session, cast.participants["young_person"])
    return session


@pytest.fixture
def came(cast):
    session = ended_session(cast)
    give_safety_info(session, cast.participants["young_person"])
    return session


def _fresh(session):
    """The permissions remember what they read on the object: ask each with a fresh one."""
    return type(session).objects.get(pk=session.pk)


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(BEFORE))
def test_before_the_session(cast, coming, who, perm):
    assert rules.has_perm(perm, _user(cast, who), _fresh(coming)) is (who in BEFORE[perm])


@pytest.mark.parametrize("who", EVERYONE)
@pytest.mark.parametrize("perm", sorted(AFTER))
def test_after_the_session(cast, came, who, perm):
    assert rules.has_perm(perm, _user(cast, who), _fresh(came)) is (who in AFTER[perm])


def test_seven_days_after_it_nobody_gives_or_answers(cast):
    session = ended_session(cast, hours_ago=7 * 24 + 1)
    young = cast.young_person
    assert not rules.has_perm("workshops.give_safety_info", young, session)
    assert not rules.has_perm("workshops.answer_how_was_today", young, session)


def test_someone_who_said_no_gives_nothing(cast, coming):
    reply(coming, cast.participants["staff"], "no")
    assert not rules.has_perm("workshops.give_safety_info", cast.staff, _fresh(coming))


def test_someone_who_replied_but_did_not_come_is_not_asked(cast):
    session = ended_session(cast, came=())
    reply(session, cast.participants["staff"], "yes")
    assert not rules.has_perm("workshops.answer_how_was_today", cast.staff, session)


def test_a_cancelled_session_takes_no_safety_information(cast, coming):
    coming.status = "cancelled"
    coming.save()
    assert not rules.has_perm("workshops.give_safety_info", cast.young_person, _fresh(coming))


def test_whoever_planned_it_runs_it(cast):
    session = run_by_facilitator(cast, created_by=cast.lead)
    assert rules.has_perm("workshops.view_safety_info", cast.lead, session)


def test_a_planner_who_takes_part_as_a_young_person_does_not_run_it(cast):
    session = run_by_facilitator(cast, created_by=cast.young_person)
    assert not rules.has_perm("workshops.view_safety_info", cast.young_person, session)


def test_the_trainers_and_co_trainers_of_a_training_run_it(cast):
    session = run_by_facilitator(cast)
    delivery = Delivery.objects.create(module=make_module(cast.project), session=session)
    delivery.trainers.set([cast.participants["manager"]])
    delivery.co_trainers.set([cast.participants["young_person"]])
    for who in ("manager", "young_person"):
        assert rules.has_perm("workshops.view_safety_info", cast.users[who], _fresh(session))


def test_a_runner_who_leaves_sees_nothing(cast, coming):
    facilitator = cast.participants["facilitator"]
    facilitator.status = "left"
    facilitator.save()
    coming.project.refresh_from_db()
    assert not rules.has_perm("workshops.view_safety_info", cast.facilitator, _fresh(coming))


def test_a_site_administrator_sees_nothing(cast, coming):
    admin = UserFactory(is_staff=True, is_superuser=True)
    assert not rules.has_perm("workshops.view_safety_info", admin, coming)
    assert not rules.has_perm("workshops.view_how_was_today", admin, coming)


def test_the_window_closes_exactly_seven_days_after_the_end(cast):
    session = ended_session(cast)
    from sessions.safeguarding.selectors import how_was_today, safety_info

    end = session.ends_at
    assert how_was_today.is_open(session, end) and safety_info.still_kept(session, end)
    week = end + timedelta(days=7)
    assert not how_was_today.is_open(session, week)
    assert not safety_info.still_kept(session, week)
    assert not how_was_today.is_open(session, end - timedelta(seconds=1))
    assert timezone.is_aware(week)
