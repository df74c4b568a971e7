"""Who may download a file: members always; anyone else only a public file of a public project."""

import pytest
from django.contrib.auth.models import AnonymousUser

from projects.roles import MemberStatus
from tests.conftest import EVERYONE, MEMBER_ROLES
from tests.factories import ResourceFactory
from tests.helpers import user_for


def make(cast, *, project_public, file_public):
    cast.project.is_public = project_public
    cast.project.save()
    return ResourceFactory(project=cast.project, is_public=file_public)


@pytest.mark.parametrize("who", EVERYONE)
def test_members_only_file_of_a_private_project(cast, who):
    resource = make(cast, project_public=False, file_public=False)
    assert user_for(cast, who).has_perm("projects.view_resource", resource) == (who in MEMBER_ROLES)


@pytest.mark.parametrize("who", EVERYONE)
def test_members_only_file_of_a_public_project(cast, who):
    resource = make(cast, project_public=True, file_public=False)
    assert user_for(cast, who).has_perm("projects.view_resource", resource) == (who in MEMBER_ROLES)


@pytest.mark.parametrize("who", EVERYONE)
def test_public_file_of_a_private_project_stays_with_members(cast, who):
    resource = make(cast, project_public=False, file_public=True)
    assert user_for(cast, who).has_perm("projects.view_resource", resource) == (who in MEMBER_ROLES)


@pytest.mark.parametrize("who", EVERYONE)
def test_public_file_of_a_public_project_is_for_everyone(cast, who):
    resource = make(cast, project_public=True, file_public=True)
    assert user_for(cast, who).has_perm("projects.view_resource", resource)


def test_the_project_itself_is_not_a_public_file(cast):
    cast.project.is_public = True
    cast.project.save()
    assert not AnonymousUser().has_perm("projects.view_resource", cast.project)


def test_people_who_left_lose_members_only_files(cast):
    resource = make(cast, project_public=True, file_public=False)
    participant = cast.participants["young_person"]
    participant.status = MemberStatus.LEFT
    participant.save()
    assert not cast.young_person.has_perm("projects.view_resource", resource)
