from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from participants.notify import site_url
from projects.access import get_project, get_project_object
from sessions.meetings.selectors import calendar as reads
from sessions.meetings.services import calendar as services
from sessions.models import Session


def _ics_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
@require_GET
def session_ics(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.view_session", pk=pk
    )
    return _ics_response(reads.session_ics(session), f"session-{session.pk}.ics")


@require_GET
def feed(request, token):
    """A person's private feed: the address is the key, so calendar apps can fetch it."""
    user = reads.feed_owner(token)
    if user is None:
        raise Http404("This calendar address no longer works.")
    body = reads.calendar_for(
        reads.feed_sessions(user), name="My Codesign sessions", refresh=reads.FEED_REFRESH
    )
    response = _ics_response(body, "codesign-sessions.ics")
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
@require_GET
def my_sessions(request):
    found = reads.calendar_settings_of(request.user)
    feed_url = webcal_url = None
    if found.feed_token:
        feed_url = site_url(reverse("calendar:feed", kwargs={"token": found.feed_token}))
        # The same address for calendar apps: opening it offers to follow the calendar.
        webcal_url = "webcal://" + feed_url.split("://", 1)[1]
    context = {
        "settings_row": found,
        "feed_url": feed_url,
        "webcal_url": webcal_url,
        "next_sessions": reads.next_sessions(request.user),
    }
    return render(request, "meetings/calendarsettings_detail.html", context)


@login_required
@require_POST
def feed_new(request):
    services.feed_token_new(user=request.user)
    messages.success(
        request, "Your calendar address is ready. Any older address has stopped working."
    )
    return redirect("calendar:mine")


@login_required
@require_POST
def feed_revoke(request):
    services.feed_token_revoke(user=request.user)
    messages.success(request, "Your calendar address has stopped working.")
    return redirect("calendar:mine")


@login_required
@require_http_methods(["POST"])
def reminders_choice(request):
    choice = request.POST.get("reminders")
    if choice not in ("on", "off"):
        messages.error(request, "Choose whether you want reminders.")
        return redirect("calendar:mine")
    services.reminders_set(user=request.user, on=choice == "on")
    messages.success(
        request, "Reminders are on." if choice == "on" else "You will not get session reminders."
    )
    return redirect("calendar:mine")
