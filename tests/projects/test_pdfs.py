"""PDFs kept as evidence lose their metadata; damaged or locked files are refused."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader, PdfWriter

from projects.files.pdfs import pdf_clean


def pdf_with_author(password=None):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": "Jay Example", "/Title": "Bus ticket, 12 Albany Street"})
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def upload(data):
    return SimpleUploadedFile("ticket.pdf", data, content_type="application/pdf")


def test_the_author_and_title_are_removed_and_the_pages_kept():
    original = pdf_with_author()
    assert b"Jay Example" in original
    kept = pdf_clean(upload(original))
    assert b"Jay Example" not in kept and b"Albany" not in kept
    reader = PdfReader(io.BytesIO(kept))
    assert len(reader.pages) == 1
    assert "/Author" not in (reader.metadata or {})


def test_a_damaged_pdf_is_refused():
    with pytest.raises(ValidationError, match="damaged"):
        pdf_clean(upload(b"%PDF-1.4\n this is not really a PDF"))


def test_a_pdf_locked_with_a_password_is_refused():
    with pytest.raises(ValidationError, match="password"):
        pdf_clean(upload(pdf_with_author(password="secret")))
