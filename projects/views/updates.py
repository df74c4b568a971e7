from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.forms.updates import UpdateForm
from projects.models import Update

UPDATES_PER_PAGE = 20


@login_required
@require_GET
def update_list(request, slug):
    project = get_project(request, slug)
    updates = paged(
        request,
        project.updates.select_related("author").order_by("-published_at", "-pk"),
        per_page=UPDATES_PER_PAGE,
    )
    return render(
        request,
        "projects/update_list.html",
        {
            "project": project,
            "updates": updates,
            "can_post": request.user.has_perm("projects.post_update", project),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_new(request, slug):
    project = get_project(request, slug, "projects.post_update")
    form = UpdateForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        update = form.save(commit=False)
        update.project = project
        update.author = request.user
        update.published_at = timezone.now()
        update.save()
        messages.success(request, f"Update posted: “{update.title}”.")
        return redirect("projects:updates", slug=project.slug)
    return render(request, "projects/update_form.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def update_edit(request, slug, pk):
    project = get_project(request, slug)
    update = get_project_object(
        request, project, Update.objects.all(), "projects.post_update", pk=pk
    )
    form = UpdateForm(submitted(request), instance=update)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Update saved.")
        return redirect("projects:updates", slug=project.slug)
    return render(
        request,
        "projects/update_form.html",
        {"project": project, "form": form, "update": update},
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_delete(request, slug, pk):
    project = get_project(request, slug)
    update = get_project_object(
        request, project, Update.objects.all(), "projects.post_update", pk=pk
    )
    if request.method == "POST":
        update.delete()
        messages.success(request, f"Update deleted: “{update.title}”.")
        return redirect("projects:updates", slug=project.slug)
    return render(request, "projects/update_delete.html", {"project": project, "update": update})
