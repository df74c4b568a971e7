from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from projects.access import get_project, get_project_object
from projects.predicates import membership
from sessions.meetings.forms.offline import RUNNING_KINDS, OfflineActionForm, offline_fields_form
from sessions.meetings.services import offline as services
from sessions.models import OfflineAction, Session


def _problem(*forms):
    """The error summary, in one line: what the phone shows next to the action."""
    errors = [message for form in forms for field in form.errors.values() for message in field]
    return JsonResponse(
        {"outcome": "invalid", "message": "There is a problem: " + " ".join(errors)}, status=422
    )


@login_required
@require_POST
def offline_action(request, slug, pk):
    """Something done on this session with no signal, sent once the signal is back. Answers
    in JSON: "done", "conflict" (done already, or done with something to know) or "refused",
    with a message in plain words for the person who did it."""
    project = get_project(request, slug)
    form = OfflineActionForm(request.POST)
    kind = request.POST.get("kind")
    perm = "workshops.record_attendance" if kind in RUNNING_KINDS else "workshops.view_session"
    session = get_project_object(request, project, Session.objects.all(), perm, pk=pk)
    member = membership(request.user, project)
    if kind not in RUNNING_KINDS and member is None:  # a site administrator has no place
        raise PermissionDenied
    if not form.is_valid():
        return _problem(form)
    kind = form.cleaned_data["kind"]
    fields = offline_fields_form(kind, request.POST, session=session, member=member)
    if not fields.is_valid():
        return _problem(fields)
    action = services.offline_action_receive(
        session=session,
        by=request.user,
        action_id=form.cleaned_data["action_id"],
        kind=kind,
        made_at=form.cleaned_data["made_at"],
        fields=fields.offline_fields(),
    )
    status = 409 if action.outcome == OfflineAction.Outcome.REFUSED else 200
    return JsonResponse({"outcome": action.outcome, "message": action.message}, status=status)
