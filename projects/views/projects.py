import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project
from projects.forms.projects import ProjectCreateForm, ProjectSettingsForm
from projects.freshness import fragment_freshness
from projects.models import Project
from projects.predicates import membership
from projects.registries.overview_sections import sections
from projects.roles import MemberStatus, runs_project
from projects.selectors.overview import project_overview
from projects.services.projects import (
    SettingsConflict,
    project_change_settings,
    project_create,
    settings_fingerprint,
)
from projects.views.kept_pages import kept_for_the_person, kept_for_the_viewer

# Cards, two to a row on a computer.
PROJECTS_PER_PAGE = 24


@require_GET
def home(request):
    if not request.user.is_authenticated:
        return render(request, "landing.html")
    return project_list(request)


def my_projects(user):
    return Project.objects.for_user(user).with_next_steps_for(user).order_by("title", "pk")


@login_required
@require_GET
@kept_for_the_person("my-projects")
def project_list(request):
    page = paged(request, my_projects(request.user), per_page=PROJECTS_PER_PAGE)
    return render(request, "projects/project_list.html", {"projects": page})


@login_required
@require_http_methods(["GET", "POST"])
def project_new(request):
    if not request.user.has_perm("projects.add_project"):
        return render(request, "projects/project_new_refused.html", status=403)
    form = ProjectCreateForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        project = project_create(by=request.user, **form.cleaned_data)
        messages.success(request, f"“{project.title}” is set up. You are its project lead.")
        return redirect(project)
    return render(request, "projects/project_new.html", {"form": form})


@login_required
@require_GET
@kept_for_the_viewer("overview")
def project_detail(request, slug):
    try:
        project = get_project(request, slug)
    except Http404:
        if _is_waiting_to_join(request.user, slug):
            # Someone who asked to join is told where they stand, not "page not found".
            return redirect("participants:waiting", slug=slug)
        raise
    member = membership(request.user, project)
    context = {
        "project": project,
        "member": member,
        "overview": project_overview(project),
        "freshness": fragment_freshness(project),
        "is_lead": request.user.has_perm("projects.change_stage", project),
        "runs_project": runs_project(member),
        "sections": sections.for_viewer(project, request.user, member),
    }
    return render(request, "projects/project_detail.html", context)


def _is_waiting_to_join(user, slug):
    return Project.objects.filter(
        slug=slug,
        participants__user=user,
        participants__status__in=[MemberStatus.PENDING, MemberStatus.DECLINED],
    ).exists()


CONFLICT = (
    "Someone else saved changes to these settings while you were editing. Your changes are "
    "still below and have not been saved yet. Check them, then save again."
)


@login_required
@require_http_methods(["GET", "POST"])
def project_edit(request, slug):
    project = get_project(request, slug, "projects.change_project")
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
