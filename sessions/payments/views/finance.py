"""The finance export of approved and paid claims, and a person's letter for a benefits
adviser."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from projects.access import get_project
from projects.files.exports import csv_download
from projects.predicates import membership
from sessions.payments.forms.approvals import FinanceForm
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
    """A plain letter about this person's payments this tax year, for a benefits adviser."""
    project = get_project(request, slug, "workshops.view_payments")
    member = membership(request.user, project)
    if member is None:
        raise Http404("Only people taking part have payments.")
    today = timezone.localdate()
    terms = payment_reads.payment_terms(project)
    text = render_to_string(
        "payments/claim_letter.txt",
        {
            "project": project,
            "person": member,
            "today": today,
            "claims": payment_reads.paid_claims_in_year(member, today),
            "year": payment_reads.year_total(member, terms, today),
        },
    )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    label = payment_reads.tax_year_label(today).replace(" ", "-")
    response["Content-Disposition"] = f'attachment; filename="payments-letter-{label}.txt"'
    return response
