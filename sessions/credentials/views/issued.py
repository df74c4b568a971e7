"""The Open Badges issued in a project, for its lead, who revokes one for the organisation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project, get_project_object
from projects.views.kept_pages import kept_for_the_viewer
from sessions.credentials.forms.credentials import RevokeForm
from sessions.credentials.selectors.credentials import issued_in
from sessions.credentials.services.credentials import AlreadyRevoked, credential_revoke

PERM = "workshops.revoke_credential"


@login_required
@require_GET
@kept_for_the_viewer("badges-given")
def credential_list(request, slug):
    project = get_project(request, slug, PERM)
    page = paged(request, issued_in(project))
    return render(request, "credentials/issued.html", {"project": project, "page": page})


@login_required
@require_http_methods(["GET", "POST"])
def credential_revoke_page(request, slug, pk):
    project = get_project(request, slug, PERM)
    credential = get_project_object(request, project, issued_in(project), PERM, pk=pk)
    form = RevokeForm(submitted(request))
    status = 200
    if credential.is_revoked:
        form = None
    elif request.method == "POST":
        if form.is_valid():
            try:
                credential_revoke(
                    credential=credential, by=request.user, reason=form.cleaned_data["reason"]
                )
            except AlreadyRevoked as error:
                messages.error(request, str(error))
            else:
                messages.success(request, f"Revoked: {credential.title}.")
            return redirect("project_credentials:list", slug=project.slug)
        status = 422
    context = {"project": project, "credential": credential, "form": form}
    return render(request, "credentials/revoke.html", context, status=status)
