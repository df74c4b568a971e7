"""Photos as evidence of an outcome: seen by every member of the project and nobody else,
added and removed by the people who record outcomes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from projects.access import get_project, get_project_object
from projects.forms.outcome_photos import OutcomePhotoForm
from projects.images import image_response
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
    if request.method == "POST" and not full and form.is_valid():
        try:
            services.outcome_photo_add(
                outcome=outcome,
                by=request.user,
                processed=form.processed,
                alt_text=form.cleaned_data["alt_text"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, "Photo added to the evidence. Only people in the project can see it."
            )
            return redirect(_evidence(outcome))
    context = {
        "project": project,
        "outcome": outcome,
        "form": form,
        "full": full,
        "refused": full and request.method == "POST",
        "full_message": services.photos_full_message(),
    }
    return render(request, "projects/outcomephoto_new.html", context)


@login_required
@require_GET
def photo_file(request, slug, pk, photo_pk, size="full"):
    """A photo, only for members of its project (checked on every request)."""
    _project, outcome = _outcome(request, slug, pk)
    photo = _photo(outcome, photo_pk)
    stored = photo.thumbnail if size == "small" else photo.image
    kind = "image/png" if stored.name.endswith(".png") else "image/jpeg"
    return image_response(stored, content_type=kind)


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
