"""Photos as evidence of an outcome: seen by every member of the project and nobody else,
added and removed by the people who record outcomes."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from projects.access import get_project, get_project_object
from projects.files.images import picture_response, picture_upload
from projects.forms.pictures import OutcomePhotoForm
from projects.models import Outcome
from projects.services import outcome_photos as services


def _outcome(request, slug, pk, perm=None):
    project = get_project(request, slug)
    return project, get_project_object(request, project, Outcome.objects.all(), perm, pk=pk)


def _photo(outcome, photo_pk):
    photo = get_object_or_404(outcome.photos.all(), pk=photo_pk)
    photo.outcome = outcome  # already fetched and checked
    return photo


def _evidence(outcome):
    return f"{outcome.get_absolute_url()}#evidence"


@login_required
@require_http_methods(["GET", "POST"])
def photo_new(request, slug, pk):
    project, outcome = _outcome(request, slug, pk, "projects.change_outcome")
    full = services.photos_full(outcome)
    form = OutcomePhotoForm(submitted(request), submitted_files(request))
    return picture_upload(
        request,
        form,
        add=functools.partial(services.outcome_photo_add, outcome=outcome, by=request.user),
        success="Photo added to the evidence. Only people in the project can see it.",
        done_url=_evidence(outcome),
        template="projects/outcomephoto_new.html",
        context={
            "project": project,
            "outcome": outcome,
            "full": full,
            "refused": full and request.method == "POST",
            "full_message": services.photos_full_message(),
        },
        refused=full,
    )


@login_required
@require_GET
def photo_file(request, slug, pk, photo_pk, size="full"):
    """A photo, only for members of its project (checked on every request)."""
    _project, outcome = _outcome(request, slug, pk)
    return picture_response(_photo(outcome, photo_pk), size)


@login_required
@require_http_methods(["GET", "POST"])
def photo_remove(request, slug, pk, photo_pk):
    """Take a photo out of the evidence, e.g. because someone in it asked: its files go too."""
    project, outcome = _outcome(request, slug, pk, "projects.change_outcome")
    photo = _photo(outcome, photo_pk)
    if request.method == "POST":
        services.outcome_photo_remove(photo=photo, by=request.user)
        messages.success(request, "Photo removed and deleted.")
        return redirect(_evidence(outcome))
    context = {"project": project, "outcome": outcome, "photo": photo}
    return render(request, "projects/outcomephoto_remove.html", context)
