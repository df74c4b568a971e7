"""Uploaded files are checked by what they contain, not by their names."""

import pytest
from django.core.exceptions import ValidationError

from projects.files.uploads import KINDS, MAX_RESOURCE_BYTES, check_upload, safe_filename
from tests.projects.sample_files import EXE, PDF, SAMPLES, office, plain_zip, upload

EXPECTED_TYPES = {
    "report.pdf": "application/pdf",
    "report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "slides.pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "budget.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "report.odt": "application/vnd.oasis.opendocument.text",
    "budget.ods": "application/vnd.oasis.opendocument.spreadsheet",
    "slides.odp": "application/vnd.oasis.opendocument.presentation",
    "notes.txt": "text/plain; charset=utf-8",
    "money.csv": "text/csv; charset=windows-1252",
    "map.png": "image/png",
    "photo.jpg": "image/jpeg",
    "photo.jpeg": "image/jpeg",
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_it_accepts_every_allowed_kind(name):
    checked = check_upload(upload(name))
    assert checked.content_type == EXPECTED_TYPES[name]
    assert checked.size == len(SAMPLES[name])


def test_it_reads_the_file_from_the_start_afterwards():
    file = upload("report.pdf")
    check_upload(file)
    assert file.read() == PDF


def test_it_refuses_a_program_renamed_as_a_pdf():
    with pytest.raises(ValidationError) as error:
        check_upload(upload("report.pdf", EXE))
    assert "is not really a PDF document" in error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", EXE),
        ("money.csv", b"a,b\n\x00\x01\x02"),
        ("map.png", SAMPLES["photo.jpg"]),
        ("photo.jpg", SAMPLES["map.png"]),
        ("report.docx", plain_zip()),
        ("report.docx", SAMPLES["slides.pptx"]),
        ("slides.pptx", PDF),
        ("report.odt", SAMPLES["budget.ods"]),
        ("budget.xlsx", b"PK\x03\x04 not really a zip"),
    ],
)
def test_it_refuses_files_whose_content_does_not_match_their_name(name, content):
    with pytest.raises(ValidationError, match="not really"):
        check_upload(upload(name, content))


def test_it_refuses_office_files_with_macros():
    content = office("word/document.xml", "word/vbaProject.bin")
    with pytest.raises(ValidationError, match="contains macros"):
        check_upload(upload("report.docx", content))


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("setup.exe", "“.exe” files cannot be uploaded"),
        ("page.html", "“.html” files cannot be uploaded"),
        ("drawing.svg", "“.svg” files cannot be uploaded"),
        ("report.doc", "“.doc” files cannot be uploaded"),
        ("README", "Files without a type at the end cannot be uploaded"),
    ],
)
def test_it_refuses_other_types_and_says_what_is_allowed(name, message):
    with pytest.raises(ValidationError) as error:
        check_upload(upload(name, b"hello"))
    assert message in error.value.messages[0]
    assert "PDF, Word (.docx)" in error.value.messages[0]


def test_it_refuses_an_empty_file():
    with pytest.raises(ValidationError, match="This file is empty"):
        check_upload(upload("notes.txt", b""))


def test_it_refuses_a_file_over_the_limit():
    big = upload("notes.txt", b"a" * (MAX_RESOURCE_BYTES + 1))
    with pytest.raises(ValidationError) as error:
        check_upload(big)
    assert "The largest file you can upload is 20.0\xa0MB" in error.value.messages[0]


def test_a_file_exactly_at_the_limit_is_fine():
    assert check_upload(upload("notes.txt", b"a" * MAX_RESOURCE_BYTES)).size == MAX_RESOURCE_BYTES


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Project report.pdf", "pdf", "Project report.pdf"),
        ("../../etc/passwd.pdf", "pdf", "passwd.pdf"),
        ("C:\\Users\\me\\report.PDF", "pdf", "report.pdf"),
        ('bad"name;\r\nSet-Cookie: x.pdf', "pdf", "badnameSet-Cookie x.pdf"),
        ("photo.jpeg", "jpg", "photo.jpg"),
        ("Adroddiad Gàidhlig.odt", "odt", "Adroddiad Gàidhlig.odt"),
        (".hidden.pdf", "pdf", "hidden.pdf"),
        ("....", "pdf", "file.pdf"),
        ("notes", "txt", "notes.txt"),
    ],
)
def test_download_names_are_safe(name, kind, expected):
    assert safe_filename(name, KINDS[kind]) == expected
