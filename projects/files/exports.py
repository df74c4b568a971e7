"""Spreadsheet exports. Cells that a spreadsheet would run as a formula are made plain text."""

import csv

from django.http import HttpResponse
from django.utils import timezone

from projects.models import FundingContribution, SpendCategory
from projects.money import pence_to_plain

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CATEGORY_LABELS = dict(SpendCategory.choices)

FUNDING_CSV_HEADER = [
    "Record",
    "Date",
    "Partner",
    "Kind",
    "What it pays for",
    "Amount (£)",
    "Amount is an estimate",
    "Description or note",
]


def csv_download(filename, rows):
    """A CSV file to download: UTF-8 with a byte-order mark (so spreadsheets read £ and names
    right), never kept by a browser or proxy, every cell made safe. `rows` starts with the
    header."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")
    writer = csv.writer(response)
    for row in rows:
        writer.writerow([csv_safe(cell) for cell in row])
    return response


def csv_safe(value):
    """A leading apostrophe stops a spreadsheet running a cell like "=SUM(...)" as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def funding_csv_rows(project):
    """One row per contribution and one per spend, for the finance team. Two queries."""
    contributions = project.funding.select_related("partner__organisation").order_by(
        "created_at", "pk"
    )
    for c in contributions:
        has_amount = c.amount_pence is not None
        if not has_amount:
            estimate = ""
        elif c.kind == FundingContribution.Kind.IN_KIND:
            estimate = "Yes"
        else:
            estimate = "No"
        yield [
            "Funding",
            timezone.localdate(c.created_at).isoformat(),
            c.partner.organisation.name,
            c.get_kind_display(),
            "; ".join(CATEGORY_LABELS.get(value, value) for value in c.covers),
            pence_to_plain(c.amount_pence),
            estimate,
            c.description,
        ]
    spending = project.spending.select_related("partner__organisation").order_by("spent_on", "pk")
    for s in spending:
        yield [
            "Spending",
            s.spent_on.isoformat(),
            s.partner.organisation.name if s.partner else "",
            "Spending",
            s.get_category_display(),
            pence_to_plain(s.amount_pence),
            "No",
            s.note,
        ]
