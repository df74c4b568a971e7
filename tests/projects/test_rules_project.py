"""Each project permission, asked of every role."""

import pytest

from tests.conftest import EVERYONE
from tests.helpers import user_for

VIEW = {"lead", "local_lead", "facilitator", "young_person", "staff", "manager"}
CHANGE = {"lead"}


@pytest.mark.parametrize("who", EVERYONE)
def test_view_project(cast, who):
    assert user_for(cast, who).has_perm("projects.view_project", cast.project) == (who in VIEW)


@pytest.mark.parametrize("who", EVERYONE)
def test_change_project(cast, who):
    assert user_for(cast, who).has_perm("projects.change_project", cast.project) == (who in CHANGE)


@pytest.mark.parametrize("who", EVERYONE)
def test_add_project_needs_only_an_account(cast, who):
    assert user_for(cast, who).has_perm("projects.add_project") == (who != "anonymous")


@pytest.mark.parametrize("who", EVERYONE)
def test_add_project_needs_an_organiser_when_the_site_says_so(cast, who, settings):
    settings.PROJECT_CREATORS = "organisers"
    assert not user_for(cast, who).has_perm("projects.add_project")
    if who != "anonymous":
        cast.users[who].is_organiser = True
        assert cast.users[who].has_perm("projects.add_project")


def test_people_who_left_lose_access(cast):
    participant = cast.participants["young_person"]
    participant.status = "left"
    participant.save()
    assert not cast.young_person.has_perm("projects.view_project", cast.project)


def test_membership_is_looked_up_once_per_request(cast, django_assert_num_queries):
    with django_assert_num_queries(1):
        for _ in range(5):
            cast.lead.has_perm("projects.view_project", cast.project)
            cast.lead.has_perm("projects.change_project", cast.project)
