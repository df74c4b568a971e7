"""A time sheet: every session a person came to in one project, with its date, length and
kind of hours (paid, payment declined or lowered, unpaid), and lines for someone at the
organisation to sign, as youth volunteering awards ask. An A4 PDF made on the server."""

from django.conf import settings
from django.utils import timezone

from participants.notify.letters import a4_document, printable
from sessions.payments.selectors.hours import KINDS, hours_in_words

WIDTHS = (26, 78, 22, 44)
HEADS = ("Date", "Session", "Hours", "Kind")


def time_sheet_pdf(*, project, sender, name, rows, totals, today=None):
    today = today or timezone.localdate()
    pdf, font = a4_document()
    pdf.add_page()

    def line(text, size=11, style="", height=6):
        pdf.set_font(font, style, size)
        pdf.multi_cell(0, height, printable(text, font), new_x="LMARGIN", new_y="NEXT")

    from_name = sender.organisation.name if sender else project.title
    line("Time sheet", size=16, style="B", height=9)
    line(f"{name}, in {project.title}", size=12, style="B")
    line(f"Run by {from_name}. Made on {today:%-d %B %Y}.", size=10)
    pdf.ln(3)
    line(
        "Every session this person came to, with how long it lasted. Paid hours were paid for; "
        "for hours marked “payment declined or lowered” the person chose a lower amount or no "
        "payment, or payment was declined; unpaid hours were given freely, with no claim. Youth "
        "volunteering awards, such as the Saltire Awards, count only unpaid hours.",
        size=10,
        height=5,
    )
    pdf.ln(3)
    _table(pdf, font, rows)
    pdf.ln(2)
    for label, length in totals.kinds:
        line(f"{label}: {hours_in_words(length)}", style="B", size=10)
    line(f"All hours: {hours_in_words(totals.all)}", style="B", size=10)
    if not rows:
        line("No sessions attended have been recorded yet.")
    pdf.ln(10)
    line(f"I confirm these hours for {from_name}.")
    pdf.ln(6)
    line("Signed: ________________________________    Date: ______________")
    pdf.ln(4)
    line("Name: _________________________________    Role: ______________")
    pdf.ln(2)
    line(f"On behalf of {from_name}", size=10)
    line(f"Made with Codesign, {settings.SITE_URL}", size=8)
    return bytes(pdf.output())


def _table(pdf, font, rows):
    pdf.set_font(font, "B", 10)
    for width, head in zip(WIDTHS, HEADS, strict=True):
        pdf.cell(width, 7, head, border="B")
    pdf.ln(7)
    pdf.set_font(font, "", 10)
    for row in rows:
        starts = timezone.localtime(row.session.starts_at)
        cells = (
            f"{starts:%-d %b %Y}",
            row.session.title[:44],
            hours_in_words(row.length).removesuffix(" hours").removesuffix(" hour"),
            KINDS[row.kind].removesuffix(" (volunteering)"),
        )
        for width, text in zip(WIDTHS, cells, strict=True):
            pdf.cell(width, 6, printable(text, font))
        pdf.ln(6)
