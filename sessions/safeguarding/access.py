"""How the safeguarding pages fetch a project: outsiders get 404, as everywhere, and members
without the permission 403. The permission is asked of the rules themselves (`rules.has_perm`),
not of the user, so being a site administrator lets no one read a concern."""

import rules
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from projects.access import get_project, get_project_object
from projects.models import Project
from sessions.models import Session
from sessions.safeguarding.selectors.concerns import concern_with_people
from sessions.safeguarding.selectors.leads import leading_organisations

HANDLE = "workshops.handle_concerns"


def get_safeguarding_project(request, slug, perm):
    try:
        project = get_project(request, slug)
    except Http404:
        # The organisation leading the project may name safeguarding leads who do not take
        # part in it: they reach its concerns, and nothing else of it.
        project = Project.objects.filter(slug=slug).first()
        if project is None or perm != HANDLE or not rules.has_perm(HANDLE, request.user, project):
            raise
        # The pages lead back to the organisation's concerns, not to the project's pages.
        project.reached_as_organisation = next(
            organisation
            for organisation in leading_organisations(project)
            if organisation.members.filter(user=request.user, is_safeguarding_lead=True).exists()
        )
        return project
    if not rules.has_perm(perm, request.user, project):
        raise PermissionDenied
    return project


def get_concern(request, slug, pk):
    """A concern of the project, for one of its safeguarding leads."""
    project = get_safeguarding_project(request, slug, HANDLE)
    concern = get_object_or_404(concern_with_people(project, pk))
    concern.project = project
    return project, concern


def get_session(request, slug, pk, perm):
    """A session of the project, for someone `perm` lets in (its safety information, "How was
    today?"): asked of the rules too, so no site administrator reads a person's health notes."""
    project = get_project(request, slug)
    session = get_project_object(request, project, Session.objects.all(), pk=pk)
    if not rules.has_perm(perm, request.user, session):
        raise PermissionDenied
    return project, session
