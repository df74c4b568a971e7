"""Safety information for one session: a person coming gives, changes or deletes theirs; the
people who run the session read everyone's. No page of it is kept by a browser or the site."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.predicates import membership
from sessions.meetings.selectors.runners import session_runners
from sessions.safeguarding.access import get_session
from sessions.safeguarding.forms.safety_info import SafetyInfoForm
from sessions.safeguarding.selectors import safety_info as reads
from sessions.safeguarding.services import safety_info as services

PER_PAGE = 50
FIELDS = ("contact_name", "contact_relationship", "contact_phone", "health_notes")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def safety_info_mine(request, slug, pk):
    project, session = get_session(request, slug, pk, "workshops.give_safety_info")
    member = membership(request.user, project)
    kept = reads.own_safety_info(session, member)
    initial = {name: getattr(kept, name) for name in FIELDS} if kept else None
    form = SafetyInfoForm(submitted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.safety_info_save(session=session, participant=member, **form.cleaned_data)
        messages.success(request, "Your safety information is saved.")
        return redirect(session.get_absolute_url())
    context = {
        "project": project,
        "session": session,
        "form": form,
        "kept": kept,
        "runners": session_runners(session),
        "deleted_at": reads.deleted_at(session),
    }
    status = 422 if form.errors else 200
    return render(request, "safeguarding/safety_info_mine.html", context, status=status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def safety_info_delete(request, slug, pk):
    project, session = get_session(request, slug, pk, "workshops.delete_safety_info")
    if request.method == "POST":
        member = membership(request.user, project)
        services.safety_info_delete(session=session, participant=member)
        messages.success(request, "Your safety information for this session is deleted.")
        return redirect(session.get_absolute_url())
    context = {"project": project, "session": session}
    return render(request, "safeguarding/safety_info_delete.html", context)


@never_cache
@login_required
@require_GET
def safety_info_list(request, slug, pk):
    project, session = get_session(request, slug, pk, "workshops.view_safety_info")
    services.safety_info_seen(session=session, by=request.user)
    rows = reads.safety_info_for_runners_rows(session)
    context = {
        "project": project,
        "session": session,
        "people": paged(request, rows, per_page=PER_PAGE),
        "runners": session_runners(session),
        "deleted_at": reads.deleted_at(session),
    }
    return render(request, "safeguarding/safety_info_list.html", context)
