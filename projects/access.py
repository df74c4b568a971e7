"""How views fetch what they show, so that every view answers the same way:
an outsider gets 404 (the project's existence stays hidden), a member without the
right gets 403, and anonymous users are sent to sign in by @login_required first."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from projects.models import Organisation, Project
from projects.predicates import membership, project_of


def check_access(user, obj, perm=None):
    """Raise 404 unless the user can see obj's project, 403 unless they hold perm on obj."""
    if not user.has_perm("projects.view_project", project_of(obj)):
        raise Http404("No such project.")
    if perm is not None and not user.has_perm(perm, obj):
        raise PermissionDenied
    return obj


def get_project(request, slug, perm=None, queryset=None):
    queryset = Project.objects.all() if queryset is None else queryset
    project = get_object_or_404(queryset, slug=slug)
    return check_access(request.user, project, perm)


def get_project_object(request, project, queryset, perm=None, **lookup):
    """Fetch an object that belongs to `project` (404 if it belongs elsewhere), then check perm."""
    obj = get_object_or_404(queryset, project=project, **lookup)
    obj.project = project  # already checked and cached; saves a query per permission
    return check_access(request.user, obj, perm)


def get_participant(request, project, pk, perm, *, select=(), prefetch=()):
    """One person's place in `project` by id (404 if it is in another project), checked against
    perm. `select` and `prefetch` name the relations the page shows."""
    queryset = project.participants.select_related(*select).prefetch_related(*prefetch)
    return get_project_object(request, project, queryset, perm, pk=pk)


def get_own_place(request, slug, perm):
    """The signed-in user's own Participant row in the project, checked against perm.

    Returns (project, participant), with the participant's project and user already in place.
    """
    project = get_project(request, slug)
    participant = check_access(request.user, membership(request.user, project), perm)
    participant.project = project
    participant.user = request.user
    return project, participant


def get_organisation(request, slug, perm):
    """An organisation by its slug: 404 unless the user is one of its people, 403 unless they
    hold perm on it."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not request.user.has_perm("projects.view_organisation", organisation):
        raise Http404("No such organisation.")
    if not request.user.has_perm(perm, organisation):
        raise PermissionDenied
    return organisation
