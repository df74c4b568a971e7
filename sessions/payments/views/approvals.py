"""The leads' queue of claims, deciding a claim, marking it paid, and undoing that."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from participants.selectors.consent import is_under_18
from participants.selectors.membership import shared_names
from projects.access import get_project, get_project_object
from projects.views.kept_pages import kept_for_the_viewer
from sessions.models import Claim, Route
from sessions.payments.forms.approvals import DecideForm, PayForm, UnpayForm
from sessions.payments.selectors import payments as reads
from sessions.payments.services import approvals as services
from sessions.payments.services.claims import ClaimRefused

PER_PAGE = 50


@login_required
@require_GET
@kept_for_the_viewer("claims-queue")
def queue(request, slug):
    project = get_project(request, slug, "workshops.manage_payments")
    terms = reads.payment_terms(project)
    page = paged(request, reads.queue(project), per_page=PER_PAGE)
    context = {
        "project": project,
        "terms": terms,
        "page": page,
        "rows": reads.queue_rows(page.object_list, terms),
        "counts": reads.queue_counts(project, terms),
        "offline": reads.offline_claimable(project)[:20],
        "shared_names": shared_names(project),
    }
    return render(request, "payments/claim_queue.html", context)


def _claim_for_lead(request, slug, pk):
    project = get_project(request, slug, "workshops.manage_payments")
    claim = get_project_object(
        request,
        project,
        Claim.objects.select_related("participant__user", "session"),
        "workshops.manage_payments",
        pk=pk,
    )
    return project, claim


@login_required
@require_http_methods(["GET", "POST"])
def claim_decide(request, slug, pk):
    project, claim = _claim_for_lead(request, slug, pk)
    if claim.status != Claim.Status.WAITING:
        messages.error(request, f"This claim is already {claim.get_status_display().lower()}.")
        return redirect(claim)
    under_18 = is_under_18(claim.participant)
    form = DecideForm(submitted(request), under_18=under_18)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == DecideForm.APPROVE:
                services.claim_approve(
                    claim=claim, by=request.user, under_18_checked=data.get("under_18_check", False)
                )
                messages.success(request, "Claim approved. The person has been told.")
            else:
                services.claim_decline(claim=claim, by=request.user, reason=data["reason"].strip())
                messages.success(request, "Claim declined. The person has been told why.")
        except ClaimRefused as refused:
            form.add_error(None, str(refused))
        else:
            return redirect("payments:queue", slug=project.slug)
    context = {
        "project": project,
        "claim": claim,
        "expenses": claim.expenses.all(),
        "form": form,
        "under_18": under_18,
    }
    return render(request, "payments/claim_decide.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim_pay(request, slug, pk):
    project, claim = _claim_for_lead(request, slug, pk)
    if claim.status != Claim.Status.APPROVED:
        messages.error(
            request,
            f"Only approved claims can be paid; this one is {claim.get_status_display().lower()}.",
        )
        return redirect(claim)
    chosen = claim.route if claim.route not in (Route.LOWER, Route.NONE) else ""
    form = PayForm(submitted(request), initial={"paid_on": timezone.localdate(), "route": chosen})
    if request.method == "POST" and form.is_valid():
        try:
            services.claim_pay(
                claim=claim,
                by=request.user,
                paid_on=form.cleaned_data["paid_on"],
                route=form.cleaned_data["route"],
            )
        except ClaimRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Marked as paid. It now counts in the project's spending.")
            return redirect("payments:queue", slug=project.slug)
    return render(
        request, "payments/claim_pay.html", {"project": project, "claim": claim, "form": form}
    )


@login_required
@require_http_methods(["GET", "POST"])
def claim_unpay(request, slug, pk):
    """Undo "paid" when a claim was marked paid by mistake."""
    project, claim = _claim_for_lead(request, slug, pk)
    if claim.status != Claim.Status.PAID:
        messages.error(request, "This claim is not marked as paid, so there is nothing to undo.")
        return redirect(claim)
    form = UnpayForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.claim_unpay(claim=claim, by=request.user, reason=form.cleaned_data["reason"])
        except ClaimRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(
                request,
                "It is no longer marked as paid. It is approved, waiting to be paid, and its "
                "spending is taken out of the project's accounts.",
            )
            return redirect(claim)
    return render(
        request, "payments/claim_unpay.html", {"project": project, "claim": claim, "form": form}
    )
