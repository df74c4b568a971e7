"""Who may post, edit and delete updates: project leads only."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import UpdateFactory
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_post_update_on_the_project(cast, who):
    allowed = user_for(cast, who).has_perm("projects.post_update", cast.project)
    assert allowed == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_post_update_on_an_existing_update(cast, who):
    update = UpdateFactory(project=cast.project)
    assert user_for(cast, who).has_perm("projects.post_update", update) == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_a_public_project_gives_no_one_else_the_right(cast, who):
    cast.project.is_public = True
    cast.project.save()
    allowed = user_for(cast, who).has_perm("projects.post_update", cast.project)
    assert allowed == (who == "lead")
