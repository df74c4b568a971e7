"""The payments page (the policy, a person's claims and tax-year total), the rate card and the
payment terms."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted
from codesign.paging import paged
from projects.access import get_project
from projects.predicates import membership
from projects.views.kept_pages import kept_for_the_viewer
from sessions.payments.forms.rates import PaymentTermsForm, RateForm
from sessions.payments.selectors import payments as reads
from sessions.payments.services import rates as services

PER_PAGE = 25


@login_required
@require_GET
@kept_for_the_viewer("payments")
def payments_home(request, slug):
    project = get_project(request, slug, "workshops.view_payments")
    member = membership(request.user, project)
    terms = reads.payment_terms(project)
    may_claim = request.user.has_perm("workshops.make_claim", project)
    context = {
        "project": project,
        "terms": terms,
        "is_lead": request.user.has_perm("workshops.manage_payments", project),
        "may_claim": may_claim,
    }
    if member is not None:
        context |= {
            "claimable": reads.claimable_attendances(member)[:10] if may_claim else [],
            "claims": paged(request, reads.claims_of(member), per_page=PER_PAGE),
            "year": reads.year_total(member, terms),
        }
        context["limits"] = context["year"].against_limits(settings.BENEFIT_LIMITS)
    if context["is_lead"]:
        context["counts"] = reads.queue_counts(project, terms)
    return render(request, "payments/claim_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def rates(request, slug):
    project = get_project(request, slug, "workshops.manage_payments")
    form = RateForm(submitted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.rate_add(
            project=project,
            by=request.user,
            per=data["per"],
            amount_pence=data["amount"],
            roles=data["roles"],
            valid_from=data["valid_from"],
        )
        messages.success(request, "Rate added. Claims for sessions from that day use it.")
        return redirect("payments:rates", slug=project.slug)
    card = paged(request, project.rates.all())
    context = {"project": project, "form": form, "card": card}
    return render(request, "payments/rate_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def terms(request, slug):
    project = get_project(request, slug, "workshops.manage_payments")
    current = reads.payment_terms(project)
    form = PaymentTermsForm(
        submitted(request),
        instance=current,
        initial={
            "notice": current.notice_pence,
            "travel_without_receipt": current.travel_without_receipt_pence,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.payment_terms_save(
            project=project,
            by=request.user,
            paid_within_days=data["paid_within_days"],
            preparation_minutes=data["preparation_minutes"],
            notice_pence=data["notice"],
            travel_without_receipt_pence=data["travel_without_receipt"] or 0,
        )
        messages.success(request, "Payment terms saved.")
        return redirect("payments:home", slug=project.slug)
    return render(request, "payments/paymentterms_edit.html", {"project": project, "form": form})
