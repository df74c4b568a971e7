import pytest
from django.core.files.storage import default_storage

from projects.files.uploads import MAX_RESOURCE_BYTES
from projects.models import Resource
from tests.conftest import MEMBER_ROLES
from tests.projects.sample_files import EXE, SAMPLES, upload

URL = "/projects/care-leavers/resources/new/"


def data(name="report.pdf", content=None, **fields):
    return {
        "title": "Project report",
        "description": "What we did and what changed.",
        "is_public": "on",
        "file": upload(name, content),
        **fields,
    }


def test_it_shows_the_form(cast, client_as):
    response = client_as("lead").get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'enctype="multipart/form-data"' in body
    assert "Up to 20 MB" in body


def test_a_lead_uploads_a_file(cast, client_as):
    fields = data(name="Final report (v2).pdf", content=SAMPLES["report.pdf"])
    response = client_as("lead").post(URL, fields, follow=True)
    assert response.redirect_chain == [("/projects/care-leavers/resources/", 302)]
    assert "File added: “Project report”." in response.content.decode()
    resource = Resource.objects.get()
    assert resource.project == cast.project
    assert resource.uploaded_by == cast.lead
    assert resource.is_public
    assert resource.original_filename == "Final report (v2).pdf"
    assert resource.content_type == "application/pdf"
    assert resource.size == len(SAMPLES["report.pdf"])
    with resource.file.open("rb") as stored:
        assert stored.read() == SAMPLES["report.pdf"]
    assert stored_files() == [resource.file.name.rsplit("/", 1)[1]]


def test_stored_names_are_random_not_the_uploaded_name(cast, client_as):
    client = client_as("lead")
    client.post(URL, data(name="report.pdf"))
    client.post(URL, data(name="report.pdf"))
    first, second = (r.file.name for r in Resource.objects.all())
    assert first != second
    for name in (first, second):
        assert name.startswith(f"projects/{cast.project.pk}/resources/")
        assert "report" not in name
        assert name.endswith(".pdf")
        assert len(name.rsplit("/", 1)[1]) >= 24


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_allowed_kind_can_be_uploaded(cast, client_as, name):
    response = client_as("lead").post(URL, data(name=name))
    assert response.status_code == 302, response.content.decode()
    assert Resource.objects.count() == 1


def assert_refused(response, message):
    assert response.status_code == 200
    body = response.content.decode()
    assert message in body
    assert "Project report" in body  # what was typed is kept
    assert not Resource.objects.exists()
    assert stored_files() == []


def stored_files():
    folder = "projects"
    try:
        project_folders = default_storage.listdir(folder)[0]
    except FileNotFoundError:  # local disk: nothing uploaded yet
        return []
    found = []
    for project_folder in project_folders:
        found += default_storage.listdir(f"{folder}/{project_folder}/resources")[1]
    return found


def test_a_program_renamed_as_a_pdf_is_refused(cast, client_as):
    response = client_as("lead").post(URL, data(name="report.pdf", content=EXE))
    assert_refused(response, "is not really a PDF document")
    assert "report.pdf" in response.content.decode()


def test_a_program_is_refused(cast, client_as):
    response = client_as("lead").post(URL, data(name="setup.exe", content=EXE))
    assert_refused(response, "“.exe” files cannot be uploaded")


def test_a_file_over_20_mb_is_refused(cast, client_as):
    big = b"%PDF-1.4\n" + b"0" * MAX_RESOURCE_BYTES
    response = client_as("lead").post(URL, data(name="huge.pdf", content=big))
    assert_refused(response, "The largest file you can upload is 20.0\xa0MB.")


def test_a_missing_file_is_refused(cast, client_as):
    fields = data()
    del fields["file"]
    assert_refused(client_as("lead").post(URL, fields), "Choose a file to upload.")


def test_a_missing_title_is_refused(cast, client_as):
    response = client_as("lead").post(URL, data(title="  "))
    assert response.status_code == 200
    assert "Give the file a title." in response.content.decode()
    assert not Resource.objects.exists()


@pytest.mark.parametrize("who", [r for r in MEMBER_ROLES if r != "lead"])
def test_other_members_get_403(cast, client_as, who):
    client = client_as(who)
    assert client.get(URL).status_code == 403
    assert client.post(URL, data()).status_code == 403
    assert not Resource.objects.exists()


def test_outsiders_get_404(cast, client_as):
    assert client_as("outsider").post(URL, data()).status_code == 404
    assert not Resource.objects.exists()


def test_visitors_are_sent_to_sign_in(cast, client):
    response = client.post(URL, data())
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert not Resource.objects.exists()
