"""The training pages: the list, writing a module, a module's page and publishing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.predicates import membership
from projects.views.kept_pages import kept_for_the_viewer
from sessions.credentials.selectors.credentials import for_completion
from sessions.training.forms.modules import ModuleForm, module_initial
from sessions.training.selectors import modules as reads
from sessions.training.selectors.confidence import confidence_change
from sessions.training.services import modules as services


def module_get(request, project, pk, perm="workshops.view_module"):
    return get_project_object(request, project, reads.module_for_page(project), perm, pk=pk)


@login_required
@require_GET
@kept_for_the_viewer("training")
def module_list(request, slug):
    project = get_project(request, slug, "workshops.view_training")
    can_write = request.user.has_perm("workshops.write_training", project)
    page = paged(request, reads.module_list(project, with_drafts=can_write))
    context = {
        "project": project,
        "page": page,
        "can_write": can_write,
        "done": reads.modules_done_by(membership(request.user, project)),
    }
    return render(request, "training/module_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def module_new(request, slug):
    project = get_project(request, slug, "workshops.write_training")
    form = ModuleForm(submitted(request), project=project)
    if request.method == "POST" and form.is_valid():
        module = services.module_create(project=project, by=request.user, **form.for_service())
        messages.success(request, "Training saved as a draft. Now add its steps.")
        return redirect("training:step_new", slug=project.slug, pk=module.pk)
    return render(request, "training/module_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def module_edit(request, slug, pk):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    form = ModuleForm(submitted(request), project=project, initial=module_initial(module))
    if request.method == "POST" and form.is_valid():
        services.module_update(module=module, by=request.user, **form.for_service())
        messages.success(request, "Training saved.")
        return redirect(module.get_absolute_url())
    context = {"project": project, "module": module, "form": form}
    return render(request, "training/module_form.html", context)


@login_required
@require_GET
def module_detail(request, slug, pk):
    project = get_project(request, slug)
    module = module_get(request, project, pk)
    member = membership(request.user, project)
    context = {
        "project": project,
        "module": module,
        "steps": list(module.steps.all()),
        "changes": confidence_change(module),
        "finished": (done := reads.completion_of(module, member)) is not None,
        "credential": for_completion(done),
        "done_count": module.completions.count(),
        "can_write": request.user.has_perm("workshops.write_training", module),
        "can_take": request.user.has_perm("workshops.take_module", module),
    }
    return render(request, "training/module_detail.html", context)


@login_required
@require_POST
def module_publish(request, slug, pk):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    try:
        services.module_publish(module=module, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "Training published. Everyone in the project can take it.")
    return redirect(module.get_absolute_url())
