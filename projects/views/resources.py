from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from codesign.paging import paged
from codesign.runtime.file_store import FileStoreUnavailable
from projects.access import get_project, get_project_object
from projects.forms.resources import ResourceForm, ResourceUploadForm
from projects.freshness import project_changing
from projects.models import Resource
from projects.services import resources
from projects.views.kept_pages import kept_for_the_viewer


@login_required
@require_GET
@kept_for_the_viewer("files")
def resource_list(request, slug):
    project = get_project(request, slug)
    resources = paged(
        request, project.resources.select_related("uploaded_by").order_by("-uploaded_at", "-pk")
    )
    return render(
        request,
        "projects/resource_list.html",
        {
            "project": project,
            "resources": resources,
            "can_change": request.user.has_perm("projects.change_resources", project),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def resource_new(request, slug):
    project = get_project(request, slug, "projects.change_resources")
    form = ResourceUploadForm(submitted(request), submitted_files(request))
    if request.method == "POST" and form.is_valid():
        try:
            resource = resources.resource_add(
                project=project,
                by=request.user,
                title=form.cleaned_data["title"],
                description=form.cleaned_data["description"],
                is_public=form.cleaned_data["is_public"],
                upload=form.cleaned_data["file"],
                checked=form.checked,
            )
        except FileStoreUnavailable as down:
            form.add_error("file", down)
        else:
            messages.success(request, f"File added: “{resource.title}”.")
            return redirect("projects:resources", slug=project.slug)
    return render(request, "projects/resource_new.html", {"project": project, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def resource_edit(request, slug, pk):
    project = get_project(request, slug)
    resource = get_project_object(
        request, project, Resource.objects.all(), "projects.change_resources", pk=pk
    )
    form = ResourceForm(submitted(request), instance=resource)
    if request.method == "POST" and form.is_valid():
        with project_changing(project):
            form.save()
        messages.success(request, "File details saved.")
        return redirect("projects:resources", slug=project.slug)
    context = {"project": project, "resource": resource, "form": form}
    return render(request, "projects/resource_edit.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def resource_delete(request, slug, pk):
    project = get_project(request, slug)
    resource = get_project_object(
        request, project, Resource.objects.all(), "projects.change_resources", pk=pk
    )
    if request.method == "POST":
        resources.resource_delete(resource=resource)
        messages.success(request, f"File deleted: “{resource.title}”.")
        return redirect("projects:resources", slug=project.slug)
    return render(
        request, "projects/resource_delete.html", {"project": project, "resource": resource}
    )


@require_GET
def resource_download(request, slug, pk):
    """Send a file through the app, never from a public address: members get every file of
    their project, anyone gets the files marked public of a public project."""
    resource = Resource.objects.select_related("project").filter(project__slug=slug, pk=pk).first()
    if resource is None or not request.user.has_perm("projects.view_resource", resource):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404("No such file.")
    try:
        handle = resource.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404("The file is missing.") from missing
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=resource.original_filename or f"file-{resource.pk}",
        content_type=resource.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    # Shared caches must not keep a copy: the file may become members-only or be deleted.
    response["Cache-Control"] = "private, no-cache"
    return response
