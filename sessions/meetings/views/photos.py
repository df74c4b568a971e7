import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from participants.models import Participant
from projects.access import get_project, get_project_object
from projects.files.images import picture_response, picture_upload
from sessions.meetings.forms.photos import PhotoForm
from sessions.meetings.services import photos as services
from sessions.models import Session, SessionPhoto


@login_required
@require_http_methods(["GET", "POST"])
def photo_new(request, slug, pk):
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.add_photo", pk=pk
    )
    came = session.attendances.filter(attended=True).values("participant")
    people = (
        Participant.objects.filter(pk__in=came)
        .prefetch_related("consents")
        .order_by("display_name")
    )
    form = PhotoForm(submitted(request), submitted_files(request), people=list(people))
    return picture_upload(
        request,
        form,
        add=functools.partial(services.photo_add, session=session, by=request.user),
        success="Photo added. Only people in the project can see it.",
        done_url=f"{session.get_absolute_url()}#photos",
        template="meetings/sessionphoto_new.html",
        context={"project": project, "session": session},
    )


@login_required
@require_GET
def photo_file(request, slug, pk, photo_pk, size="full"):
    """A photo, only for members of its project (checked on every request)."""
    project = get_project(request, slug, "workshops.view_photo")
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.view_photo", pk=pk
    )
    return picture_response(get_object_or_404(SessionPhoto, session=session, pk=photo_pk), size)


@login_required
@require_http_methods(["GET", "POST"])
def photo_delete(request, slug, pk, photo_pk):
    """Take a photo down, e.g. someone in it asked: the files go too."""
    project = get_project(request, slug)
    session = get_project_object(
        request, project, Session.objects.all(), "workshops.add_photo", pk=pk
    )
    photo = get_object_or_404(SessionPhoto, session=session, pk=photo_pk)
    if request.method == "POST":
        services.photo_delete(photo=photo)
        messages.success(request, "Photo taken down and deleted.")
        return redirect(f"{session.get_absolute_url()}#photos")
    context = {"project": project, "session": session, "photo": photo}
    return render(request, "meetings/sessionphoto_delete.html", context)
