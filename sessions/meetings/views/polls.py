from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from projects.access import get_project, get_project_object
from projects.predicates import membership
from sessions.meetings.forms.polls import AvailabilityForm, PollForm
from sessions.meetings.selectors.polls import poll_results
from sessions.meetings.services import polls as services
from sessions.models import TimePoll


@login_required
@require_http_methods(["GET", "POST"])
def poll_new(request, slug):
    project = get_project(request, slug, "workshops.plan_session")
    form = PollForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        poll = services.poll_create(
            project=project, by=request.user, fields=form.poll_fields(), options=form.options
        )
        messages.success(request, "Times proposed. Members can now say which suit them.")
        return redirect("sessions:poll", slug=project.slug, pk=poll.pk)
    return render(request, "meetings/timepoll_new.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def poll_detail(request, slug, pk):
    project = get_project(request, slug)
    poll = get_project_object(
        request, project, TimePoll.objects.all(), "workshops.answer_poll", pk=pk
    )
    member = membership(request.user, project)
    results, roles = poll_results(poll, member)
    form = None
    if poll.is_open and member is not None:
        mine = {r.option.pk: r.mine for r in results if r.mine}
        form = AvailabilityForm(
            request.POST if request.method == "POST" else None,
            options=[r.option for r in results],
            mine=mine,
        )
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.availability_save(poll=poll, participant=member, answers=form.answers())
            except services.PollRefused as refused:
                form.add_error(None, str(refused))
            else:
                messages.success(request, "Thank you: your answers are saved.")
                return redirect("sessions:poll", slug=project.slug, pk=poll.pk)
    context = {
        "project": project,
        "poll": poll,
        "results": results,
        "roles": roles,
        "form": form,
        "can_pick": request.user.has_perm("workshops.plan_session", project) and poll.is_open,
    }
    return render(request, "meetings/timepoll_detail.html", context)


@login_required
@require_POST
def poll_pick(request, slug, pk):
    project = get_project(request, slug)
    poll = get_project_object(
        request, project, TimePoll.objects.all(), "workshops.plan_session", pk=pk
    )
    chosen = request.POST.get("option", "")
    option = get_object_or_404(poll.options, pk=int(chosen) if chosen.isdigit() else 0)
    try:
        session = services.poll_pick(
            poll=poll,
            option=option,
            by=request.user,
            yes_become_replies=request.POST.get("yes_become_replies") == "on",
        )
    except services.PollRefused as refused:
        messages.error(request, str(refused))
        return redirect("sessions:poll", slug=project.slug, pk=poll.pk)
    messages.success(request, "Session planned at the chosen time. Members can now reply.")
    return redirect(session.get_absolute_url())
