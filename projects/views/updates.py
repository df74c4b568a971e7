from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.forms.updates import UpdateForm
from projects.freshness import project_changing
from projects.models import Update
from projects.services.updates import update_post
from projects.views.kept_pages import kept_for_the_viewer

UPDATES_PER_PAGE = 20
# ?from=working-group shows only the working group's own updates (its page links here).
FROM_WORKING_GROUP = "working-group"


@login_required
@require_GET
@kept_for_the_viewer("updates")
def update_list(request, slug):
    project = get_project(request, slug)
    rows = project.updates.select_related("author").order_by("-published_at", "-pk")
    group_only = request.GET.get("from") == FROM_WORKING_GROUP
    if group_only:
        rows = rows.filter(for_working_group=True)
    updates = paged(request, rows, per_page=UPDATES_PER_PAGE)
    return render(
        request,
        "projects/update_list.html",
        {
            "project": project,
            "updates": updates,
            "group_only": group_only,
            "can_post": request.user.has_perm("projects.post_update", project),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def update_new(request, slug):
    project = get_project(request, slug, "projects.post_update")
    form = UpdateForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        update = update_post(project=project, by=request.user, **form.cleaned_data)
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
        with project_changing(project):
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
        with project_changing(project):
            update.delete()
        messages.success(request, f"Update deleted: “{update.title}”.")
        return redirect("projects:updates", slug=project.slug)
    return render(request, "projects/update_delete.html", {"project": project, "update": update})
