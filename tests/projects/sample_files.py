"""Small but real files of each kind, made on the spot, for upload tests."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)
# The start of a Windows program: "MZ", then the DOS header full of zero bytes.
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def image(fmt):
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "teal").save(out, format=fmt)
    return out.getvalue()


def office(main_part, *extra):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
        for name in extra:
            archive.writestr(name, "x")
    return out.getvalue()


def opendocument(mimetype):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def plain_zip():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("photo.txt", "not a document")
    return out.getvalue()


SAMPLES = {
    "report.pdf": PDF,
    "report.docx": office("word/document.xml"),
    "slides.pptx": office("ppt/presentation.xml"),
    "budget.xlsx": office("xl/workbook.xml"),
    "report.odt": opendocument("application/vnd.oasis.opendocument.text"),
    "budget.ods": opendocument("application/vnd.oasis.opendocument.spreadsheet"),
    "slides.odp": opendocument("application/vnd.oasis.opendocument.presentation"),
    "notes.txt": "Notes from the session – café at 6pm.\n".encode(),
    "money.csv": "Item,Cost\nTravel,£12.50\n".encode("windows-1252"),
    "map.png": image("PNG"),
    "photo.jpg": image("JPEG"),
    "photo.jpeg": image("JPEG"),
}


def upload(name, content=None):
    content = SAMPLES[name] if content is None else content
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")
