import rules
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from participants.selectors.membership import shared_names, told_apart_name
from projects.access import get_project, get_project_object
from projects.roles import MemberStatus
from sessions.meetings.forms.checkin import AttendanceForm, CheckinCodeForm
from sessions.meetings.services import checkin as services
from sessions.models import Session


def _session(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.record_attendance", pk=pk
    )
    return project, session


def _page(request, project, session, code_form, list_form=None):
    people = project.participants.filter(status=MemberStatus.ACTIVE).order_by("display_name", "pk")
    attended = set(session.attendances.filter(attended=True).values_list("participant", flat=True))
    list_form = list_form or AttendanceForm(
        people=people, attended_ids=attended, names=shared_names(project)
    )
    context = {
        "project": project,
        "session": session,
        "code_form": code_form,
        "list_form": list_form,
        "attended_count": len(attended),
        "people_count": people.count(),
        "code_refusal": services.code_checkin_refusal(session),
        "sees_safety_info": rules.has_perm("workshops.view_safety_info", request.user, session),
    }
    return render(request, "meetings/attendance_checkin.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def checkin(request, slug, pk):
    """Check people in by the code on their card, on a phone at the door."""
    project, session = _session(request, slug, pk)
    form = CheckinCodeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            attendance, already = services.checkin_by_code(
                session=session, code=form.cleaned_data["code"], by=request.user
            )
        except services.CheckinRefused as refused:
            form.add_error("code", str(refused))
        else:
            name = told_apart_name(attendance.participant, shared_names(project))
            if already:
                messages.info(request, f"{name} was already checked in.")
            else:
                messages.success(request, f"{name} is checked in.")
            return redirect("sessions:checkin", slug=project.slug, pk=session.pk)
    return _page(request, project, session, form)


@login_required
@require_POST
def attendance_list(request, slug, pk):
    """Tick who came: on the day, or to correct the record afterwards."""
    project, session = _session(request, slug, pk)
    people = project.participants.filter(status=MemberStatus.ACTIVE).order_by("display_name", "pk")
    form = AttendanceForm(request.POST, people=people, attended_ids=[], names=shared_names(project))
    if not form.is_valid():
        return _page(request, project, session, CheckinCodeForm(), form)
    count = services.attendance_record(
        session=session, attended=form.cleaned_data["attended"], among=people, by=request.user
    )
    messages.success(request, f"Attendance saved: {count} {'person' if count == 1 else 'people'}.")
    return redirect("sessions:checkin", slug=project.slug, pk=session.pk)
