"""projects.add_decision and projects.change_decision, asked of every role."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import ProjectFactory
from tests.helpers import user_for
from tests.projects.stage_data import add_decision

RECORDERS = {"lead", "facilitator"}


@pytest.mark.parametrize("who", EVERYONE)
def test_add_decision(cast, who):
    assert user_for(cast, who).has_perm("projects.add_decision", cast.project) == (who in RECORDERS)


@pytest.mark.parametrize("who", EVERYONE)
def test_change_decision(cast, who):
    decision = add_decision(cast.project)
    assert user_for(cast, who).has_perm("projects.change_decision", decision) == (who in RECORDERS)


def test_a_facilitator_here_cannot_change_another_project_s_decisions(cast):
    elsewhere = add_decision(ProjectFactory())
    assert not cast.facilitator.has_perm("projects.change_decision", elsewhere)
