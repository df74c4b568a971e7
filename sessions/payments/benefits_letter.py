"""A letter about a person's payments for their benefits adviser: a real A4 letter, as a PDF
made on the server, from the organisation that leads the project.

It says who it is from (the organisation, its address and a contact person), who it is about
(the person's full name, as they typed it for this letter), every payment by UK tax year with
what was paid for time and what was paid back as expenses kept apart, what counts as income,
and ends with a line for someone at the organisation to sign.
"""

from django.conf import settings
from django.utils import timezone

from participants.notify.letters import a4_document, printable
from projects.money import format_pence as pence_to_pounds


def benefits_letter_pdf(*, project, sender, full_name, years, today=None):
    today = today or timezone.localdate()
    pdf, font = a4_document()
    pdf.add_page()

    def line(text, size=11, style="", height=6):
        pdf.set_font(font, style, size)
        pdf.multi_cell(0, height, printable(text, font), new_x="LMARGIN", new_y="NEXT")

    from_name = sender.organisation.name if sender else project.title
    pdf.set_font(font, "B", 12)
    pdf.set_xy(110, 15)
    pdf.multi_cell(80, 6, printable(from_name, font), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_font(font, "", 10)
    details = [*(sender.postal_address.splitlines() if sender else [])]
    if sender and sender.contact_name:
        details.append(f"Contact: {sender.contact_name}")
    if sender and sender.contact_phone:
        details.append(sender.contact_phone)
    if sender and sender.contact_email:
        details.append(sender.contact_email)
    pdf.multi_cell(80, 5, printable("\n".join(details), font), align="R")
    pdf.set_y(max(pdf.get_y(), 60) + 6)
    line(f"{today:%-d %B %Y}")
    pdf.ln(4)
    line("To whom it may concern")
    pdf.ln(2)
    line(f"Payments to {full_name} for taking part in {project.title}", size=13, style="B")
    pdf.ln(2)
    line(
        f"{full_name} takes part in {project.title}, a project where people who use services "
        f"help to design them, led by {from_name}. This letter lists every payment made to "
        f"{full_name} for taking part, by UK tax year (6 April to 5 April), up to "
        f"{today:%-d %B %Y}."
    )
    for year in years:
        pdf.ln(3)
        line(f"Tax year {year.label}", size=12, style="B")
        _table(pdf, font, year)
        line(
            f"Paid for time in {year.label}: {pence_to_pounds(year.time_pence)}. "
            f"Expenses paid back: {pence_to_pounds(year.expenses_pence)}.",
            style="B",
        )
    if not years:
        line("No payments have been made so far.")
    pdf.ln(3)
    line(
        "Payment for time is income. Vouchers and prepaid cards count as income in the same "
        "way as money. Expenses are money paid back, against receipts, for costs of taking part "
        "such as travel and childcare: they are not income. A person may decline payment for "
        "their time or take a lower amount; nothing is then paid for that time."
    )
    pdf.ln(10)
    line("Signed: ________________________________    Date: ______________")
    pdf.ln(4)
    line("Name: _________________________________    Role: ______________")
    pdf.ln(2)
    line(f"On behalf of {from_name}", size=10)
    line(f"Made with Codesign, {settings.SITE_URL}", size=8)
    return bytes(pdf.output())


def _table(pdf, font, year):
    widths = (28, 72, 24, 24, 22)
    heads = ("Paid on", "For", "Time", "Expenses", "How")
    pdf.set_font(font, "B", 10)
    for width, head in zip(widths, heads, strict=True):
        pdf.cell(width, 7, head, border="B")
    pdf.ln(7)
    pdf.set_font(font, "", 10)
    for claim in year.claims:
        cells = (
            f"{claim.paid_on:%-d %b %Y}",
            f"{claim.session.title} ({claim.session.starts_at:%-d %b})"[:44],
            pence_to_pounds(claim.time_pence),
            pence_to_pounds(claim.expenses_pence),
            claim.get_paid_by_route_display(),
        )
        for width, text in zip(widths, cells, strict=True):
            pdf.cell(width, 6, printable(text, font))
        pdf.ln(6)
    pdf.ln(1)
