from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.predicates import membership
from projects.views.kept_pages import kept_for_the_viewer
from sessions.meetings.forms.sessions import NotesForm, SessionForm
from sessions.meetings.selectors import replies as reply_reads
from sessions.meetings.selectors import sessions as reads
from sessions.meetings.services import sessions as services
from sessions.models import Session
from sessions.safeguarding.selectors.session_page import safety_for_session_page

PER_PAGE = 25


@login_required
@require_GET
@kept_for_the_viewer("sessions")
def session_list(request, slug):
    project = get_project(request, slug, "workshops.view_session")
    member = membership(request.user, project)
    upcoming = paged(request, reads.upcoming_sessions(project, member), per_page=PER_PAGE)
    past = paged(request, reads.past_sessions(project, member), per_page=PER_PAGE, param="past")
    context = {
        "project": project,
        "upcoming": upcoming,
        "past": past,
        "polls": project.time_polls.filter(session__isnull=True),
        "can_plan": request.user.has_perm("workshops.plan_session", project),
    }
    return render(request, "meetings/session_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def session_new(request, slug):
    project = get_project(request, slug, "workshops.plan_session")
    form = SessionForm(request.POST if request.method == "POST" else None, project=project)
    context = {"project": project, "form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if "check" in request.POST:
            context["slot"], context["who_can_come"] = reads.who_can_come(
                project, data["starts_at"], data["ends_at"]
            )
            context["working_hours"] = Session(
                starts_at=data["starts_at"], ends_at=data["ends_at"]
            ).in_working_hours
        else:
            made = services.session_create(
                project=project,
                by=request.user,
                fields=form.session_fields(),
                repeat=data["repeat"],
                times=data["times"],
                runners=form.runners_chosen(),
            )
            if data.get("already_happened"):
                messages.success(request, "Session recorded. Now tick who came.")
                return redirect("sessions:checkin", slug=project.slug, pk=made[0].pk)
            if len(made) > 1:
                messages.success(request, f"{len(made)} sessions planned, starting with this one.")
            else:
                messages.success(request, "Session planned. Members can now reply.")
            return redirect(made[0].get_absolute_url())
    return render(request, "meetings/session_new.html", context)


@login_required
@require_GET
@kept_for_the_viewer("session")
def session_detail(request, slug, pk):
    project = get_project(request, slug)
    member = membership(request.user, project)
    session = get_project_object(
        request,
        project,
        reads.session_for_page(project, pk, member),
        "workshops.view_session",
        pk=pk,
    )
    runs = request.user.has_perm("workshops.view_replies", session)
    context = {
        "project": project,
        "session": session,
        "member": member,
        "disruption": reads.latest_disruption(session) if session.is_disrupted else None,
        "history": list(session.disruptions.select_related("by")),
        "names_shown": reads.names_shown(session),
        "place_in_queue": reads.place_in_queue(session, member),
        "photos": list(session.photos.all()),
        "runs": runs,
        "replies": reads.replies_for_runners(session) if runs else [],
        "arrangements": reply_reads.arrangements_for(session) if runs else None,
        "is_past": session.ends_at < timezone.now(),
        "can_reply": request.user.has_perm("workshops.reply_to_session", session)
        and member is not None,
        "safety": safety_for_session_page(session, request.user, member),
    }
    return render(request, "meetings/session_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def session_edit(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.plan_session", pk=pk
    )
    form = SessionForm(
        request.POST if request.method == "POST" else None,
        instance=session,
        is_new=False,
        project=project,
    )
    if request.method == "POST" and form.is_valid():
        _, changed, promoted, told = services.session_update(
            session=session, fields=form.session_fields(), runners=form.runners_chosen()
        )
        text = "Session saved." if changed else "Nothing was changed."
        if told:
            text += f" About the new time or place: {told.in_words()}"
        if promoted:
            text += f" {len(promoted)} {'person' if len(promoted) == 1 else 'people'} from the "
            text += "waiting list now have a place and have been told."
        messages.success(request, text)
        return redirect(session.get_absolute_url())
    # Unsaved edits must not leak into the page's heading.
    session.refresh_from_db()
    context = {"project": project, "session": session, "form": form}
    return render(request, "meetings/session_edit.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def session_notes(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.record_attendance", pk=pk
    )
    form = NotesForm(
        request.POST if request.method == "POST" else None, initial={"notes": session.notes_after}
    )
    if request.method == "POST" and form.is_valid():
        services.session_notes_save(session=session, notes=form.cleaned_data["notes"])
        messages.success(request, "Notes saved.")
        return redirect(session.get_absolute_url())
    context = {"project": project, "session": session, "form": form}
    return render(request, "meetings/session_notes.html", context)
