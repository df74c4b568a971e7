"""The access helper every view uses: login, 404 for outsiders, 403 for the wrong role."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from projects.access import check_access, get_project
from tests.conftest import MEMBER_ROLES


def request_as(user):
    request = RequestFactory().get("/")
    request.user = user
    return request


def test_outsiders_get_404_so_the_project_stays_hidden(cast):
    with pytest.raises(Http404):
        get_project(request_as(cast.outsider), cast.project.slug)


def test_anonymous_visitors_get_404_from_the_helper(cast):
    # Views put @login_required first, so visitors are sent to sign in before this.
    with pytest.raises(Http404):
        get_project(request_as(AnonymousUser()), cast.project.slug)


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_members_without_the_right_get_403(cast, who):
    request = request_as(cast.users[who])
    if who == "lead":
        assert get_project(request, cast.project.slug, "projects.change_project") == cast.project
    else:
        with pytest.raises(PermissionDenied):
            get_project(request, cast.project.slug, "projects.change_project")


def test_unknown_slug_is_404(cast):
    with pytest.raises(Http404):
        get_project(request_as(cast.lead), "no-such-project")


def test_check_access_works_on_objects_that_belong_to_a_project(cast):
    participant = cast.participants["staff"]
    assert check_access(cast.manager, participant) is participant
    with pytest.raises(Http404):
        check_access(cast.outsider, participant)
