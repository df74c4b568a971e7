"""Raising a concern ("Worried about someone?"), the register, a concern's chronology, and
what the safeguarding leads record on it."""

import uuid

import rules
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from codesign.forms import submitted
from codesign.paging import paged
from sessions.safeguarding.access import get_concern, get_safeguarding_project
from sessions.safeguarding.forms.concerns import (
    ActionForm,
    CloseForm,
    ConcernForm,
    ReferralForm,
    ReferralMadeForm,
)
from sessions.safeguarding.selectors import concerns as reads
from sessions.safeguarding.selectors.leads import concern_readers
from sessions.safeguarding.services import concerns as services

PER_PAGE = 25


@login_required
@require_http_methods(["GET", "POST"])
def concern_new(request, slug):
    project = get_safeguarding_project(request, slug, "workshops.raise_concern")
    form = ConcernForm(submitted(request), project=project, initial={"token": uuid.uuid4()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.concern_raise(
            project=project,
            by=request.user,
            token=data["token"],
            category=data["category"],
            what_happened=data["what_happened"],
            when_text=data["when_text"],
            people_text=data["people_text"],
            people=data["people"],
        )
        return redirect("safeguarding:received", slug=project.slug)
    context = {"project": project, "form": form, "leads": concern_readers(project)}
    return render(request, "safeguarding/concern_new.html", context)


@login_required
@require_GET
def concern_received(request, slug):
    project = get_safeguarding_project(request, slug, "workshops.raise_concern")
    context = {"project": project, "leads": concern_readers(project)}
    return render(request, "safeguarding/concern_received.html", context)


def register_tab(request):
    """Which concerns a register shows: "open" (the first tab) or "closed"."""
    status = request.GET.get("status", "open")
    return status if status in ("open", "closed") else "open"


@login_required
@require_GET
def concern_list(request, slug):
    project = get_safeguarding_project(request, slug, "workshops.handle_concerns")
    status = register_tab(request)
    open_count, closed_count = reads.register_counts(project)
    rows = reads.register_rows(project).filter(status=status)
    context = {
        "project": project,
        "status": status,
        "open_count": open_count,
        "closed_count": closed_count,
        "concerns": paged(request, rows, per_page=PER_PAGE),
        "today": timezone.localdate(),
        "may_name_leads": rules.has_perm(
            "workshops.name_safeguarding_leads", request.user, project
        ),
    }
    return render(request, "safeguarding/concern_list.html", context)


@login_required
@require_GET
def concern_detail(request, slug, pk):
    project, concern = get_concern(request, slug, pk)
    services.concern_seen(concern=concern, by=request.user)
    context = {
        "project": project,
        "concern": concern,
        "events": reads.chronology(concern),
        "referrals": concern.referrals.all(),
        "today": timezone.localdate(),
    }
    return render(request, "safeguarding/concern_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def concern_action_new(request, slug, pk):
    project, concern = get_concern(request, slug, pk)
    form = ActionForm(
        submitted(request),
        initial={"done_by": request.user.name, "done_at": timezone.localtime().replace(second=0)},
    )
    if request.method == "POST" and form.is_valid():
        services.concern_action_add(concern=concern, by=request.user, **form.cleaned_data)
        messages.success(request, "Action recorded.")
        return redirect("safeguarding:concern", slug=project.slug, pk=concern.pk)
    return _form_page(request, project, concern, form, "Record an action", "Record the action")


@login_required
@require_http_methods(["GET", "POST"])
def referral_new(request, slug, pk):
    project, concern = get_concern(request, slug, pk)
    form = ReferralForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        services.referral_add(concern=concern, by=request.user, **form.cleaned_data)
        messages.success(request, "Referral recorded.")
        return redirect("safeguarding:concern", slug=project.slug, pk=concern.pk)
    return _form_page(request, project, concern, form, "Record a referral", "Record the referral")


@login_required
@require_POST
def referral_made(request, slug, pk, referral_pk):
    project, concern = get_concern(request, slug, pk)
    referral = get_object_or_404(concern.referrals, pk=referral_pk)
    form = ReferralMadeForm(request.POST)
    if form.is_valid():
        services.referral_made(referral=referral, by=request.user, **form.cleaned_data)
        messages.success(request, "Referral marked as made.")
    else:
        messages.error(request, form.errors["made_on"][0])
    return redirect("safeguarding:concern", slug=project.slug, pk=concern.pk)


@login_required
@require_http_methods(["GET", "POST"])
def concern_close(request, slug, pk):
    project, concern = get_concern(request, slug, pk)
    if not concern.is_open:
        messages.info(request, "This concern is already closed.")
        return redirect("safeguarding:concern", slug=project.slug, pk=concern.pk)
    form = CloseForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        services.concern_close(
            concern=concern,
            by=request.user,
            note=form.cleaned_data["closing_note"],
            finding=form.cleaned_data["finding"],
        )
        messages.success(request, "Concern closed.")
        return redirect("safeguarding:concern", slug=project.slug, pk=concern.pk)
    return _form_page(request, project, concern, form, "Close the concern", "Close the concern")


def _form_page(request, project, concern, form, title, submit_label):
    context = {
        "project": project,
        "concern": concern,
        "form": form,
        "title": title,
        "submit_label": submit_label,
    }
    return render(request, "safeguarding/concern_form.html", context)
