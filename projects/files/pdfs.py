"""PDFs people upload as evidence (e.g. a receipt), kept without their metadata.

The pages are copied into a new file: the document information (author, the program that made
it, dates) and the XMP metadata stay behind, and so do attachments, scripts and form actions,
which live outside the pages. A file that does not open as a PDF, or is locked with a
password, is refused in plain words.
"""

import io

from django.core.exceptions import ValidationError
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError

# Page-level entries that can carry metadata or run something when the page opens.
PAGE_KEYS_DROPPED = ("/Metadata", "/AA", "/PieceInfo")


def pdf_clean(upload):
    """The PDF's pages in a new file without metadata, as bytes. Raises ValidationError."""
    upload.seek(0)
    try:
        reader = PdfReader(upload)
        if reader.is_encrypted:
            raise ValidationError(
                "This PDF is locked with a password. Save a copy without the password, or "
                "upload a photo of the receipt instead."
            )
        writer = PdfWriter()
        for page in reader.pages:
            for key in PAGE_KEYS_DROPPED:
                page.pop(key, None)
            writer.add_page(page)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as broken:
        raise ValidationError(
            "This PDF is damaged or only partly uploaded. Try saving it again, or upload a "
            "photo of the receipt instead."
        ) from broken
    writer.add_metadata({"/Producer": "Codesign"})
    out = io.BytesIO()
    writer.write(out)
    upload.seek(0)
    return out.getvalue()
