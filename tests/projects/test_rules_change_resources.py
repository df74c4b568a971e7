"""Who may upload, edit and delete files: project leads only."""

import pytest

from tests.conftest import EVERYONE
from tests.factories import ResourceFactory
from tests.helpers import user_for


@pytest.mark.parametrize("who", EVERYONE)
def test_change_resources_on_the_project(cast, who):
    allowed = user_for(cast, who).has_perm("projects.change_resources", cast.project)
    assert allowed == (who == "lead")


@pytest.mark.parametrize("who", EVERYONE)
def test_change_resources_on_a_public_file_of_a_public_project(cast, who):
    cast.project.is_public = True
    cast.project.save()
    resource = ResourceFactory(project=cast.project, is_public=True)
    assert user_for(cast, who).has_perm("projects.change_resources", resource) == (who == "lead")
