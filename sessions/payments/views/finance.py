"""The finance export of approved and paid claims, and a person's letter for a benefits
adviser."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from projects.access import get_project
from projects.files.exports import csv_download
from projects.predicates import membership
from sessions.payments.benefits_letter import benefits_letter_pdf
from sessions.payments.forms.approvals import FinanceForm, LetterNameForm
from sessions.payments.selectors import finance as reads
from sessions.payments.selectors import payments as payment_reads


@login_required
@require_GET
def finance(request, slug):
    """Pick a date range; with a valid range, the CSV downloads."""
    project = get_project(request, slug, "workshops.manage_payments")
    start, end = payment_reads.tax_year_of(timezone.localdate())
    form = FinanceForm(request.GET or None, initial={"start": start, "end": end})
    context = {"project": project, "form": form}
    if form.is_valid():
        claims = reads.finance_claims(project, form.cleaned_data["start"], form.cleaned_data["end"])
        if "download" in request.GET:
            name = f"{project.slug}-claims-{form.cleaned_data['start']}-{form.cleaned_data['end']}"
            return csv_download(f"{name}.csv", reads.finance_csv_rows(claims))
        context["totals"] = reads.finance_totals(claims)
    return render(request, "payments/claim_finance.html", context)


@login_required
@never_cache
@require_GET
def letter(request, slug):
    """A letter about this person's payments for a benefits adviser: the page asks for the full
    name to print on it, then the letter downloads as an A4 PDF."""
    project = get_project(request, slug, "workshops.view_payments")
    member = membership(request.user, project)
    if member is None:
        raise Http404("Only people taking part have payments.")
    form = LetterNameForm(
        request.GET if "full_name" in request.GET else None,
        initial={"full_name": member.display_name},
    )
    years = reads.paid_by_tax_year(member)
    if form.is_valid():
        pdf = benefits_letter_pdf(
            project=project,
            sender=reads.letter_sender(project),
            full_name=form.cleaned_data["full_name"],
            years=years,
        )
        response = HttpResponse(pdf, content_type="application/pdf")
        label = payment_reads.tax_year_label(timezone.localdate()).replace(" ", "-")
        response["Content-Disposition"] = f'attachment; filename="payments-letter-{label}.pdf"'
        return response
    context = {"project": project, "form": form, "years": years}
    return render(request, "payments/claim_letter.html", context)
