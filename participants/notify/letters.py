"""Printed letters for people who asked to hear by post: one A4 page per message, made as a
PDF on the server with fpdf2.

The name and address sit where a window envelope (and GOV.UK Notify's letter rules) expect
them: 24.6 mm from the left and 39.5 mm from the top, at most 95 mm wide and seven lines. The
page says what happened in the message's own words, what to do and where, and who to phone, so
someone who never goes online still knows what to do.
"""

import unicodedata
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from fpdf import FPDF

# DejaVu covers Welsh letters, curly quotes and the pound sign; Debian's fonts-dejavu-core puts
# it here. Without it the letter falls back to a built-in font and plain letters.
FONT_FOLDER = Path("/usr/share/fonts/truetype/dejavu")
ADDRESS_LEFT, ADDRESS_TOP, ADDRESS_WIDTH, ADDRESS_LINES = 24.6, 39.5, 95.0, 7


def letter_pdf(deliveries):
    """One PDF with a page for each letter delivery (in the order given), as bytes."""
    pdf, font = a4_document()
    for delivery in deliveries:
        _page(pdf, font, delivery.notification)
    return bytes(pdf.output())


def a4_document():
    """An empty A4 document with a letter's margins, and the font its words are set in."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(left=20, top=15, right=20)
    return pdf, letter_font(pdf)


def letter_font(pdf):
    """The font for letters: DejaVu where it is installed, else a built-in one."""
    regular, bold = FONT_FOLDER / "DejaVuSans.ttf", FONT_FOLDER / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("body", "", str(regular))
        pdf.add_font("body", "B", str(bold))
        return "body"
    return "helvetica"


def printable(text, font):
    """Text the font can print: as it is with DejaVu, in plain Latin-1 letters otherwise."""
    if font != "helvetica":
        return text
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"')
    text = text.replace("\u201d", '"').replace("\u2013", "-").replace("\u2014", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if ord(c) < 256 and not unicodedata.combining(c))


def _page(pdf, font, notification):
    user, project = notification.user, notification.project
    say = lambda text: printable(text, font)  # noqa: E731
    pdf.add_page()
    # Who it is from, top right.
    pdf.set_font(font, "B", 11)
    sender = project.title if project is not None else "Codesign"
    pdf.set_xy(120, 15)
    pdf.multi_cell(70, 5.5, say(sender), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_font(font, "", 10)
    pdf.set_x(120)
    pdf.multi_cell(70, 5, say(f"Codesign\n{settings.SITE_URL}"), align="R")
    # Who it is to, in the envelope's window.
    pdf.set_font(font, "", 11)
    lines = [user.name] + [
        line.strip() for line in user.postal_address.splitlines() if line.strip()
    ]
    pdf.set_xy(ADDRESS_LEFT, ADDRESS_TOP)
    pdf.multi_cell(ADDRESS_WIDTH, 5, say("\n".join(lines[:ADDRESS_LINES])))
    # The date, then the letter.
    pdf.set_xy(20, 80)
    pdf.cell(0, 6, say(f"{timezone.localdate(notification.created_at):%-d %B %Y}"))
    pdf.ln(12)
    pdf.set_font(font, "", 12)
    pdf.multi_cell(0, 6, say(f"Dear {user.name},"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(font, "B", 13)
    pdf.multi_cell(0, 7, say(notification.subject), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(font, "", 12)
    pdf.multi_cell(0, 6.5, say(notification.body.strip()), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    if notification.action:
        pdf.set_font(font, "B", 12)
        pdf.multi_cell(
            0, 6.5, say(f"What to do: {notification.action}."), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.set_font(font, "", 12)
    pdf.multi_cell(0, 6.5, say(_how_to_answer(user, notification)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.multi_cell(0, 6.5, say(f"Best wishes,\nThe {sender} team"), new_x="LMARGIN", new_y="NEXT")


def _how_to_answer(user, notification):
    where = f"{settings.SITE_URL}{notification.link or '/me/messages/'}"
    said = f"You can do this on the website at {where}"
    if user.username:
        said += f", signing in as {user.username}"
    said += ". Or phone or tell the person who invited you, and they will do it with you."
    return said
