"""Taking a module alone on a phone: how confident you feel, one step a page, then finishing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from projects.access import get_own_place, get_project_object
from sessions.models import Moment
from sessions.training.forms.taking import RatingsForm
from sessions.training.selectors import modules as reads
from sessions.training.services.taking import module_complete, ratings_record


def _taking(request, slug, pk):
    project, member = get_own_place(request, slug, "workshops.view_training")
    module = get_project_object(
        request, project, reads.module_for_page(project), "workshops.take_module", pk=pk
    )
    return project, member, module


@login_required
@require_http_methods(["GET", "POST"])
def module_start(request, slug, pk):
    project, member, module = _taking(request, slug, pk)
    steps = list(module.steps.all())
    form = RatingsForm(submitted(request), statements=module.statements.all())
    if request.method == "POST" and form.is_valid():
        ratings_record(
            module=module, participant=member, moment=Moment.BEFORE, scores=form.scores()
        )
        return redirect("training:take", slug=project.slug, pk=module.pk, step=steps[0].pk)
    context = {"project": project, "module": module, "steps": steps, "form": form}
    return render(request, "training/module_start.html", context)


@login_required
@require_GET
def module_take(request, slug, pk, step):
    project, _member, module = _taking(request, slug, pk)
    steps = list(module.steps.all())
    at = next((i for i, s in enumerate(steps) if s.pk == step), None)
    if at is None:
        raise Http404("No such step.")
    context = {
        "project": project,
        "module": module,
        "step": steps[at],
        "total": len(steps),
        "previous": steps[at - 1] if at else None,
        "next": steps[at + 1] if at + 1 < len(steps) else None,
    }
    return render(request, "training/module_take.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def module_finish(request, slug, pk):
    project, member, module = _taking(request, slug, pk)
    steps = list(module.steps.all())
    form = RatingsForm(submitted(request), statements=module.statements.all())
    if request.method == "POST" and form.is_valid():
        ratings_record(module=module, participant=member, moment=Moment.AFTER, scores=form.scores())
        module_complete(module=module, participant=member)
        messages.success(request, f"Well done: you have finished “{module.title}”.")
        return redirect(module.get_absolute_url())
    context = {"project": project, "module": module, "last": steps[-1] if steps else None}
    context["form"] = form
    return render(request, "training/module_finish.html", context)
