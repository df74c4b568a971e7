"""Checking uploaded files by what they contain, not only by what they are called.

A file's name is chosen by whoever uploads it, so a program renamed to "report.pdf" must not
get through. Each allowed kind is recognised by its first bytes (PDF, PNG, JPEG), by the parts
inside its zip container (Word, PowerPoint, Excel, OpenDocument), or by being readable text.
"""

import codecs
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

MAX_RESOURCE_BYTES = 20 * 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FileKind:
    extension: str
    label: str
    content_type: str


KINDS = {
    kind.extension: kind
    for kind in [
        FileKind("pdf", "PDF document", "application/pdf"),
        FileKind(
            "docx",
            "Word document",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        FileKind(
            "pptx",
            "PowerPoint presentation",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        FileKind(
            "xlsx",
            "Excel spreadsheet",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        FileKind("odt", "OpenDocument text", "application/vnd.oasis.opendocument.text"),
        FileKind(
            "ods", "OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet"
        ),
        FileKind(
            "odp", "OpenDocument presentation", "application/vnd.oasis.opendocument.presentation"
        ),
        FileKind("txt", "Text file", "text/plain"),
        FileKind("csv", "CSV spreadsheet", "text/csv"),
        FileKind("png", "PNG picture", "image/png"),
        FileKind("jpg", "JPEG picture", "image/jpeg"),
    ]
}
# Another spelling of an extension we know.
ALIASES = {"jpeg": "jpg"}

ALLOWED_SUMMARY = (
    "PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx), OpenDocument (.odt, .ods, .odp), "
    "text (.txt, .csv) and pictures (.png, .jpg)"
)

# The part every Office Open XML file of that kind must contain.
OOXML_MAIN_PART = {
    "docx": "word/document.xml",
    "pptx": "ppt/presentation.xml",
    "xlsx": "xl/workbook.xml",
}

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class CheckedFile:
    kind: FileKind
    content_type: str  # includes the character set for text files
    filename: str  # safe to show and to offer as the download name
    size: int


def extension_of(name):
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower().lstrip(".")
    return ALIASES.get(suffix, suffix)


def describe_content_type(content_type):
    """A plain label for a stored content type, e.g. "PDF document"."""
    base = content_type.split(";")[0].strip()
    for kind in KINDS.values():
        if kind.content_type == base:
            return kind.label
    return "File"


def check_upload(upload, *, max_bytes=MAX_RESOURCE_BYTES):
    """Return a CheckedFile for an allowed upload, or raise ValidationError saying what is wrong."""
    name = upload.name or ""
    if upload.size == 0:
        raise ValidationError("This file is empty. Check you picked the right file.")
    if upload.size > max_bytes:
        raise ValidationError(
            f"This file is {filesizeformat(upload.size)}. "
            f"The largest file you can upload is {filesizeformat(max_bytes)}."
        )
    extension = extension_of(name)
    kind = KINDS.get(extension)
    if kind is None:
        shown = f"“.{extension}” files" if extension else "Files without a type at the end"
        raise ValidationError(f"{shown} cannot be uploaded. You can upload {ALLOWED_SUMMARY}.")

    content_type = _check_content(upload, kind)
    upload.seek(0)
    return CheckedFile(
        kind=kind, content_type=content_type, filename=safe_filename(name, kind), size=upload.size
    )


def _check_content(upload, kind):
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    not_really = ValidationError(
        f"This file is called “{_shown_name(upload.name)}” but it is not really a "
        f"{kind.label}. Check you picked the right file, or save it again as a {kind.label}."
    )
    ext = kind.extension
    if ext == "pdf":
        ok = head.startswith(b"%PDF-")
    elif ext == "png":
        ok = head.startswith(PNG_SIGNATURE)
    elif ext == "jpg":
        ok = head.startswith(b"\xff\xd8\xff")
    elif ext in OOXML_MAIN_PART:
        ok = _is_office_file(upload, OOXML_MAIN_PART[ext])
    elif ext in {"odt", "ods", "odp"}:
        ok = _is_opendocument(upload, kind.content_type)
    else:
        charset = _text_charset(upload)
        if charset is None:
            raise not_really
        return f"{kind.content_type}; charset={charset}"
    if not ok:
        raise not_really
    return kind.content_type


def _open_zip(upload):
    try:
        return zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, EOFError):
        return None


def _is_office_file(upload, main_part):
    archive = _open_zip(upload)
    if archive is None:
        return False
    with archive:
        names = set(archive.namelist())
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError(
            "This file contains macros (small programs), which can be harmful. "
            "Save it again without macros and upload that copy."
        )
    return "[Content_Types].xml" in names and main_part in names


def _is_opendocument(upload, content_type):
    archive = _open_zip(upload)
    if archive is None:
        return False
    with archive:
        try:
            info = archive.getinfo("mimetype")
        except KeyError:
            return False
        if info.file_size > 200:
            return False
        return archive.read(info).strip() == content_type.encode()


def _text_charset(upload):
    """ "utf-8" or "windows-1252" when the whole file reads as text in it, else None."""
    for charset in ("utf-8", "windows-1252"):
        upload.seek(0)
        decoder = codecs.getincrementaldecoder(charset)()
        try:
            while chunk := upload.read(CHUNK):
                if not _looks_like_text(decoder.decode(chunk)):
                    return None
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return charset
    return None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _looks_like_text(text):
    return not _CONTROL.search(text)


def _shown_name(name):
    return safe_filename(name or "", None) or "this file"


def safe_filename(name, kind):
    """The name without folders, control characters or characters some systems refuse.

    With a kind, the result always ends in that kind's extension.
    """
    name = unicodedata.normalize("NFKC", name.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = re.sub(r'[<>:"/|?*;]', "", name)
    name = " ".join(name.split()).strip(" .")
    if kind is None:
        return name[:120]
    stem = name
    if extension_of(name) in KINDS:
        stem = name.rsplit(".", 1)[0].strip(" .")
    stem = stem[:100] or "file"
    return f"{stem}.{kind.extension}"
