"""A project's privacy page, for its leads to hand to their organisation's data protection
officer, and the legal hold a lead may place on the project from it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from projects.access import get_project
from projects.models import LegalHold
from projects.retention.forms import HoldForm
from projects.retention.privacy import holds_on, leading_organisation, privacy_rows
from projects.retention.services.holds import legal_hold_lift, legal_hold_place
from projects.views.kept_pages import kept_for_the_viewer


def _page(request, project, form, status=200):
    organisation = leading_organisation(project)
    context = {
        "project": project,
        "rows": privacy_rows(project, organisation),
        "organisation": organisation,
        "may_set_periods": organisation is not None
        and request.user.has_perm("projects.view_organisation", organisation)
        and request.user.has_perm("projects.set_retention_period", organisation),
        "holds": holds_on(project),
        "form": form,
        "may_hold": request.user.has_perm("projects.place_legal_hold", project),
    }
    return render(request, "projects/privacy.html", context, status=status)


@login_required
@require_GET
@kept_for_the_viewer("privacy")
def privacy(request, slug):
    project = get_project(request, slug, "projects.view_privacy")
    return _page(request, project, HoldForm())


@login_required
@require_POST
def hold_place(request, slug):
    project = get_project(request, slug, "projects.place_legal_hold")
    form = HoldForm(request.POST)
    if not form.is_valid():
        return _page(request, project, form, status=422)
    legal_hold_place(by=request.user, reason=form.cleaned_data["reason"], project=project)
    messages.success(request, "Legal hold placed: nothing of this project will be removed.")
    return redirect("projects:privacy", slug=project.slug)


@login_required
@require_POST
def hold_lift(request, slug, pk):
    project = get_project(request, slug, "projects.place_legal_hold")
    hold = get_object_or_404(LegalHold, project=project, pk=pk)
    legal_hold_lift(hold=hold, by=request.user)
    messages.success(request, "Legal hold lifted: the retention schedule applies again.")
    return redirect("projects:privacy", slug=project.slug)
