"""Delivering a module in a training session."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from codesign.forms import submitted
from projects.access import get_project
from sessions.training.forms.deliveries import DeliveryForm
from sessions.training.selectors import modules as reads
from sessions.training.services.deliveries import delivery_set
from sessions.training.views.modules import module_get


@login_required
@require_http_methods(["GET", "POST"])
def delivery_new(request, slug, pk):
    project = get_project(request, slug)
    module = module_get(request, project, pk, "workshops.write_training")
    sessions = reads.training_sessions(project)
    form = DeliveryForm(
        submitted(request),
        project=project,
        sessions=sessions,
        trainers=reads.possible_trainers(project),
        co_trainers=reads.possible_co_trainers(project),
    )
    if request.method == "POST" and form.is_valid():
        delivery_set(module=module, by=request.user, **form.cleaned_data)
        messages.success(request, f"“{module.title}” will be delivered at that session.")
        return redirect(f"{module.get_absolute_url()}#sessions")
    context = {
        "project": project,
        "module": module,
        "form": form,
        "has_sessions": sessions.exists(),
    }
    status = 422 if form.is_bound else 200
    return render(request, "training/delivery_new.html", context, status=status)
