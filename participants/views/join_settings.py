"""How people join a project: the open join link, who may use it and how, and the roles local
leads may invite people as."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.qr import qr_svg
from participants.forms.join_settings import PeopleSettingsForm
from participants.identity.codes import grouped
from participants.notify import join_url, site_url
from participants.selectors.invitations import local_lead_roles
from participants.selectors.joining import open_join_roles
from participants.services.join_settings import (
    project_open_join_new_code,
    project_people_settings_update,
)
from projects.access import get_project


def _settings_initial(project):
    return {
        "open_join_enabled": project.open_join_enabled,
        "open_join_roles": [role.value for role in open_join_roles(project)],
        "open_join_needs_approval": project.open_join_needs_approval,
        "local_lead_roles": [role.value for role in local_lead_roles(project)],
    }


@login_required
@require_http_methods(["GET", "POST"])
def people_settings(request, slug):
    project = get_project(request, slug, "participants.manage_people")
    form = PeopleSettingsForm(submitted(request), initial=_settings_initial(project))
    if request.method == "POST" and form.is_valid():
        project_people_settings_update(project=project, by=request.user, **form.cleaned_data)
        messages.success(request, "Joining settings saved.")
        return redirect("participants:settings", slug=project.slug)
    join_link = (
        join_url(project.open_join_code)
        if project.open_join_enabled and project.open_join_code
        else ""
    )
    return render(
        request,
        "participants/project_people_settings.html",
        {"project": project, "form": form, "join_link": join_link},
    )


@login_required
@require_POST
def open_join_new_code(request, slug):
    project = get_project(request, slug, "participants.manage_people")
    try:
        project_open_join_new_code(project=project, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "There is a new join link. The old one no longer works.")
    return redirect("participants:settings", slug=project.slug)


@login_required
@require_GET
def join_poster(request, slug):
    """A poster to print for the open join link: what the project is, its QR code, the
    address and the code to type, in large letters for a noticeboard."""
    project = get_project(request, slug, "participants.manage_people")
    if not (project.open_join_enabled and project.open_join_code):
        messages.info(request, "Turn the join link on first, then print its poster.")
        return redirect("participants:settings", slug=project.slug)
    link = join_url(project.open_join_code)
    context = {
        "project": project,
        "join_link": link,
        "join_page": site_url(reverse("join")),
        "code": grouped(project.open_join_code),
        "qr_code": qr_svg(link, label=f"QR code that opens the page to join {project.title}"),
    }
    return render(request, "participants/join_poster.html", context)
