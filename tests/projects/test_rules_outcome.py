"""projects.add_outcome, change_outcome and review_outcome, asked of every role."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import ProjectFactory, UserFactory
from tests.helpers import user_for
from tests.projects.outcome_data import add_outcome

RECORDERS = {"lead", "facilitator"}
REVIEWERS = {"lead", "staff", "manager"}


@pytest.mark.parametrize("who", EVERYONE)
def test_add_outcome(cast, who):
    assert user_for(cast, who).has_perm("projects.add_outcome", cast.project) == (who in RECORDERS)


@pytest.mark.parametrize("who", EVERYONE)
def test_change_outcome(cast, who):
    outcome = add_outcome(cast.project, cast.lead)
    assert user_for(cast, who).has_perm("projects.change_outcome", outcome) == (who in RECORDERS)


@pytest.mark.parametrize("who", EVERYONE)
def test_review_outcome(cast, who):
    outcome = add_outcome(cast.project, cast.lead)
    assert user_for(cast, who).has_perm("projects.review_outcome", outcome) == (who in REVIEWERS)


def test_a_manager_here_cannot_review_another_project_s_outcomes(cast):
    elsewhere = add_outcome(ProjectFactory(), UserFactory())
    assert not cast.manager.has_perm("projects.review_outcome", elsewhere)
