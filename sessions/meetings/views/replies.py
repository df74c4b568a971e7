from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from participants.models import SupportNeeds
from projects.access import get_project, get_project_object
from projects.predicates import membership
from projects.roles import MemberStatus
from sessions.meetings.forms.replies import OfflineReplyForm, ReplyForm
from sessions.meetings.services import replies as services
from sessions.models import Attendance, Session

Reply = Attendance.Reply


def _told(request, attendance):
    if attendance.reply == Reply.WAITING:
        messages.warning(
            request,
            "The session is full, so you are on the waiting list. If a place comes free it is "
            "yours, and we will tell you at once.",
        )
    elif attendance.reply == Reply.YES:
        messages.success(request, "Thank you: you have a place. See you there.")
    else:
        messages.success(request, "Thank you for replying.")


@login_required
@require_http_methods(["GET", "POST"])
def reply(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.view_session", pk=pk
    )
    member = membership(request.user, project)
    if member is None:  # a site administrator looking in has no place to reply with
        raise PermissionDenied
    own = Attendance.objects.filter(session=session, participant=member).first()
    context = {"project": project, "session": session, "own": own}
    refused = None
    if not request.user.has_perm("workshops.reply_to_session", session):
        refused = "This session is cancelled, so it is not taking replies."
    elif session.ends_at < timezone.now():
        refused = "This session has already taken place, so it is not taking replies."
    if refused:
        context["refused"] = refused
        return render(request, "meetings/attendance_reply.html", context, status=409)
    initial = _initial(own, member)
    has_place = own is not None and own.reply == Reply.YES
    form = ReplyForm(
        request.POST if request.method == "POST" else None,
        session=session,
        full=services.is_full(session),
        has_place=has_place,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            attendance = services.attendance_reply(
                session=session,
                participant=member,
                show_name=form.cleaned_data["show_name"],
                **form.reply_fields(),
            )
        except services.ReplyRefused as refused:
            form.add_error(None, str(refused))
        else:
            _told(request, attendance)
            return redirect(session.get_absolute_url())
    context["form"] = form
    return render(request, "meetings/attendance_reply.html", context)


def _initial(own, member):
    """What the reply form starts with: the reply given before or, for a first reply, the
    childcare and travel the person said they need in the welcome step."""
    if own is None or not own.reply:
        needs = SupportNeeds.objects.filter(participant=member).first()
        if needs is None:
            return {}
        return {"needs_childcare": needs.childcare, "needs_travel": needs.travel}
    return {
        "reply": own.reply,
        "answer_1": own.answer_1,
        "answer_2": own.answer_2,
        "answer_3": own.answer_3,
        "needs_childcare": own.needs_childcare,
        "needs_travel": own.needs_travel,
        "needs_other": own.needs_other,
        "show_name": own.show_name,
    }


@login_required
@require_http_methods(["GET", "POST"])
def reply_record(request, slug, pk):
    """A lead or facilitator types in a reply given on paper or by phone."""
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.record_attendance", pk=pk
    )
    people = project.participants.filter(status=MemberStatus.ACTIVE).order_by("display_name")
    form = OfflineReplyForm(
        request.POST if request.method == "POST" else None,
        session=session,
        people=people,
        full=services.is_full(session),
    )
    if request.method == "POST" and form.is_valid():
        person = form.cleaned_data["participant"]
        try:
            attendance = services.attendance_reply(
                session=session,
                participant=person,
                recorded_by=request.user,
                **form.reply_fields(),
            )
        except services.ReplyRefused as refused:
            form.add_error(None, str(refused))
        else:
            words = attendance.get_reply_display().lower()
            messages.success(request, f"Reply recorded for {person.display_name}: {words}.")
            return redirect(session.get_absolute_url())
    context = {"project": project, "session": session, "form": form}
    return render(request, "meetings/attendance_record.html", context)
