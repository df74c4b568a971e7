import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from projects.access import get_project
from projects.forms.projects import ProjectSettingsForm
from projects.services.projects import (
    SettingsConflict,
    project_change_settings,
    settings_fingerprint,
)

CONFLICT = (
    "Someone else saved changes to these settings while you were editing. Your changes are "
    "still below and have not been saved yet. Check them, then save again."
)


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request, slug):
    project = get_project(request, slug, perm="projects.change_project")
    fingerprint = settings_fingerprint(project)
    # The form works on a copy: a rejected title must not replace the real one in the heading.
    instance = copy.copy(project)
    if request.method == "POST":
        form = ProjectSettingsForm(request.POST, instance=instance)
        if form.is_valid():
            try:
                project_change_settings(
                    project=project,
                    changes=form.changes,
                    seen_fingerprint=form.cleaned_data["fingerprint"],
                )
            except SettingsConflict:
                data = request.POST.copy()
                data["fingerprint"] = fingerprint
                form = ProjectSettingsForm(data, instance=instance)
                form.is_valid()
                form.add_error(None, CONFLICT)
            else:
                messages.success(request, "Settings saved.")
                return redirect("projects:edit", slug=project.slug)
    else:
        form = ProjectSettingsForm(instance=instance, initial={"fingerprint": fingerprint})
    return render(request, "projects/project_edit.html", {"project": project, "form": form})
