"""Writing a module's steps, and their pictures."""

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from projects.access import get_project
from projects.files.images import picture_response, picture_upload
from sessions.models import StepPicture
from sessions.training.forms.modules import StepForm, StepPictureForm
from sessions.training.services import modules as services
from sessions.training.views.modules import module_get


def _step(module, step_pk):
    return get_object_or_404(module.steps.all(), pk=step_pk)


@login_required
@require_http_methods(["GET", "POST"])
def step_new(request, slug, pk):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    form = StepForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        step = services.step_add(module=module, by=request.user, **form.cleaned_data)
        messages.success(request, f"Step {step.number} added.")
        if "another" in request.POST:
            return redirect("training:step_new", slug=project.slug, pk=module.pk)
        return redirect(f"{module.get_absolute_url()}#steps")
    context = {"project": project, "module": module, "form": form}
    return render(request, "training/step_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def step_edit(request, slug, pk, step):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    step = _step(module, step)
    form = StepForm(submitted(request), initial={"words": step.words})
    if request.method == "POST" and form.is_valid():
        services.step_update(step=step, by=request.user, **form.cleaned_data)
        messages.success(request, f"Step {step.number} saved.")
        return redirect(f"{module.get_absolute_url()}#steps")
    context = {"project": project, "module": module, "step": step, "form": form}
    return render(request, "training/step_form.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def step_picture_new(request, slug, pk, step):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    step = _step(module, step)
    form = StepPictureForm(submitted(request), submitted_files(request))
    return picture_upload(
        request,
        form,
        add=functools.partial(services.step_picture_add, step=step, by=request.user),
        success=f"Picture added to step {step.number}.",
        done_url=f"{module.get_absolute_url()}#steps",
        template="training/steppicture_new.html",
        context={"project": project, "module": module, "step": step},
    )


@login_required
@require_GET
def step_picture(request, slug, pk, step, size="full"):
    """A step's picture, only for people who may see the module (checked on every request)."""
    project = get_project(request, slug)
    module = module_get(request, project, pk)
    picture = get_object_or_404(StepPicture, step__module=module, step__pk=step)
    return picture_response(picture, size)
