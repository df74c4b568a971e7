"""A project's privacy page, for its leads to hand to their organisation's data protection
officer, and the legal hold a lead may place on the project from it."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from projects.access import get_project
from projects.models import LegalHold
from projects.retention.holds import legal_hold_lift, legal_hold_place
from projects.retention.privacy import holds_on, privacy_rows


class HoldForm(forms.Form):
    reason = forms.CharField(
        label="Why must this project's records be kept?",
        help_text="For example a complaint, an investigation, a court case or a police request.",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        error_messages={"required": "Say why the records must be kept."},
    )

    def clean_reason(self):
        reason = " ".join(self.cleaned_data["reason"].split())
        if not reason:
            raise ValidationError("Say why the records must be kept.")
        return reason


def _page(request, project, form, status=200):
    context = {
        "project": project,
        "rows": privacy_rows(project),
        "holds": holds_on(project),
        "form": form,
        "may_hold": request.user.has_perm("projects.place_legal_hold", project),
    }
    return render(request, "projects/privacy.html", context, status=status)


@login_required
@require_GET
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
