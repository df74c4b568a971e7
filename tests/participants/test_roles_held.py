"""The roles a person held, gathered from every app that records one, in a flat number of
queries."""

import datetime as dt

import pytest

from participants.registries.roles_held import RoleHeld, RolesHeldRegistry, roles_held
from sessions.models import Delivery, Pitch
from tests import factories as f
from tests.sessions.conftest import make_session
from tests.sessions.training import make_module

pytestmark = pytest.mark.django_db


def test_co_trainer_panel_member_and_working_group_member_are_found():
    project = f.ProjectFactory(title="Rural support")
    young = f.ParticipantFactory(project=project, role="young_person", in_working_group=True)
    other = f.ParticipantFactory(project=project, role="young_person")
    module = make_module(project, title="Speaking up")
    delivery = Delivery.objects.create(module=module, session=make_session(project, days=-10))
    delivery.co_trainers.add(young)
    pitch = Pitch.objects.create(session=make_session(project, days=-9), criteria="Useful?")
    pitch.judges.add(young)

    found = roles_held.for_users([young.user_id, other.user_id])

    labels = sorted(role.label for role in found[young.user_id])
    assert labels == ["Co-trainer: Speaking up", "Pitch panel member", "Working group member"]
    assert all(role.project == "Rural support" for role in found[young.user_id])
    assert other.user_id not in found


def test_the_number_of_queries_does_not_grow_with_people(django_assert_max_num_queries):
    project = f.ProjectFactory()
    people = [f.ParticipantFactory(project=project, in_working_group=True) for _ in range(6)]
    # One query for each role registered: working group, co-trainer, pitch panel, places panel.
    with django_assert_max_num_queries(4):
        found = roles_held.for_users([p.user_id for p in people])
    assert len(found) == 6


def test_roles_come_oldest_first_and_a_finder_registered_twice_counts_once():
    registry = RolesHeldRegistry()
    older = RoleHeld(since=dt.date(2025, 1, 1), label="B", project="P", project_id=1)
    newer = RoleHeld(since=dt.date(2026, 1, 1), label="A", project="P", project_id=1)
    registry.add(key="x", find=lambda ids: {7: [newer, older]})
    registry.add(key="x", find=lambda ids: {7: [newer, older]})
    assert registry.for_users([7]) == {7: [older, newer]}
    assert registry.for_users([]) == {}
