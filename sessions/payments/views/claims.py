"""Making a claim (by the person, or by a lead for someone taking part offline), seeing it,
changing it while it waits, and its receipts."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from codesign.forms import submitted, submitted_files
from codesign.runtime.file_store import FileStoreUnavailable
from participants.models import Participant
from projects.access import check_access, get_project, get_project_object
from projects.files.images import image_response
from projects.predicates import membership
from sessions.models import Claim, Expense, Session
from sessions.payments.forms.claims import ClaimForm, ClaimTimeForm
from sessions.payments.models import CO_TRAINER
from sessions.payments.selectors import payments as reads
from sessions.payments.services.claims import ClaimRefused, claim_submit, claim_update, time_pay


def _full_pay(project, participant, session):
    rate = reads.rate_for_claim(participant, session)
    return rate, (lambda minutes: time_pay(rate, minutes))


def _claim_page(request, project, session, participant):
    """The claim form for one person and session: pre-filled from attendance."""
    if reads.attendance_for_claim(participant, session) is None:
        messages.error(
            request,
            f"There is nothing to claim for {session.title}: a claim needs the attendance "
            "record to show the person came, after the session ended, and no claim yet.",
        )
        return redirect("payments:home", slug=project.slug)
    terms = reads.payment_terms(project)
    allowed = reads.allowed_minutes(session, terms)
    rate, full_pay = _full_pay(project, participant, session)
    form = ClaimForm(
        submitted(request),
        submitted_files(request),
        allowed_minutes=allowed,
        full_pay=full_pay,
        travel_without_receipt_pence=terms.travel_without_receipt_pence,
        initial={"minutes": allowed, "route": ""},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            claim = claim_submit(
                participant=participant,
                session=session,
                by=request.user,
                minutes=data["minutes"],
                route=data["route"],
                lower_pence=data["lower_amount"],
                expenses=form.expenses(),
            )
        except ClaimRefused as refused:
            form.add_error(None, str(refused))
        except FileStoreUnavailable as down:
            form.add_error(None, down)
        else:
            messages.success(request, "Claim sent. A project lead will look at it soon.")
            return redirect(claim)
    context = {
        "project": project,
        "session": session,
        "participant": participant,
        "form": form,
        "rate": rate,
        "trainer_rate": rate is not None
        and CO_TRAINER in rate.roles
        and participant.role not in rate.roles,
        "terms": terms,
        "allowed": allowed,
        "for_someone_else": participant.user_id != request.user.pk,
    }
    return render(request, "payments/claim_new.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim_new(request, slug, pk):
    project = get_project(request, slug, "workshops.make_claim")
    session = get_project_object(request, project, Session.objects.all(), pk=pk)
    return _claim_page(request, project, session, membership(request.user, project))


@login_required
@require_http_methods(["GET", "POST"])
def claim_record(request, slug, pk, person):
    """A lead types in the claim of someone taking part offline (without an account)."""
    project = get_project(request, slug, "workshops.manage_payments")
    session = get_project_object(request, project, Session.objects.all(), pk=pk)
    participant = get_object_or_404(
        Participant.objects.filter(user__isnull=True), project=project, pk=person
    )
    if participant.role not in reads.paid_roles(project):
        raise PermissionDenied("The rate card does not pay this person's role.")
    return _claim_page(request, project, session, participant)


def _get_claim(request, slug, pk, perm="workshops.view_claim"):
    project = get_project(request, slug)
    claim = get_project_object(
        request,
        project,
        Claim.objects.select_related("participant__user", "session", "decided_by", "paid_by"),
        pk=pk,
    )
    return project, check_access(request.user, claim, perm)


@login_required
@never_cache
@require_GET
def claim_detail(request, slug, pk):
    project, claim = _get_claim(request, slug, pk)
    terms = reads.payment_terms(project)
    context = {
        "project": project,
        "claim": claim,
        "expenses": claim.expenses.all(),
        "due": reads.due_on(claim, terms),
        "late": reads.is_late(claim, terms),
        "is_lead": request.user.has_perm("workshops.manage_payments", project),
    }
    return render(request, "payments/claim_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def claim_edit(request, slug, pk):
    project, claim = _get_claim(request, slug, pk, "workshops.change_claim")
    if claim.status != Claim.Status.WAITING:
        messages.error(
            request,
            f"This claim is {claim.get_status_display().lower()}, so it can no longer be changed.",
        )
        return redirect(claim)
    terms = reads.payment_terms(project)
    form = ClaimTimeForm(
        submitted(request),
        allowed_minutes=reads.allowed_minutes(claim.session, terms),
        full_pay=_full_pay(project, claim.participant, claim.session)[1],
        initial={"minutes": claim.minutes, "route": claim.route},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            claim_update(
                claim=claim,
                by=request.user,
                minutes=data["minutes"],
                route=data["route"],
                lower_pence=data["lower_amount"],
            )
        except ClaimRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "Claim changed.")
            return redirect(claim)
    context = {"project": project, "claim": claim, "form": form, "session": claim.session}
    return render(request, "payments/claim_edit.html", context)


@login_required
@never_cache
@require_GET
def receipt(request, slug, pk, expense):
    """A receipt, only for the claimant and the project leads (checked on every request)."""
    _project, claim = _get_claim(request, slug, pk)
    item = get_object_or_404(Expense, claim=claim, pk=expense)
    is_pdf = item.receipt_type == "application/pdf"
    return image_response(
        item.receipt,
        content_type=item.receipt_type or "image/jpeg",
        download_name=f"receipt-{item.pk}.pdf" if is_pdf else None,
    )
