"""projects.change_stage, asked of every role."""

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.conftest import EVERYONE


@pytest.mark.parametrize("who", EVERYONE)
def test_change_stage_is_for_the_project_lead(cast, who):
    user = AnonymousUser() if who == "anonymous" else cast.users[who]
    assert user.has_perm("projects.change_stage", cast.project) == (who == "lead")


def test_a_lead_who_left_loses_it(cast):
    cast.participants["lead"].status = "left"
    cast.participants["lead"].save()
    assert not cast.lead.has_perm("projects.change_stage", cast.project)
