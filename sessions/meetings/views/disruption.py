from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from projects.access import get_project, get_project_object
from sessions.meetings.forms.disruption import DisruptionForm
from sessions.meetings.services import disruption as services
from sessions.models import Session


@login_required
@require_http_methods(["GET", "POST"])
def session_disrupt(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.plan_session", pk=pk
    )
    form = DisruptionForm(request.POST if request.method == "POST" else None, session=session)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            disruption, offline = services.session_disrupt(
                session=session,
                by=request.user,
                action=data["action"],
                reason=data["reason"],
                explanation=data["explanation"],
                new_starts_at=data["new_starts_at"],
                new_ends_at=data["new_ends_at"],
                online_link=data["online_link"],
            )
        except services.DisruptionRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, disruption.reach.in_words())
            return redirect(session.get_absolute_url())
    context = {"project": project, "session": session, "form": form}
    return render(request, "meetings/session_disrupt.html", context)
