"""Photos as evidence of an outcome: added and removed by leads and facilitators, seen by every
member of the project through the app, and by nobody else."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from projects.files.images import MAX_IMAGE_BYTES
from projects.models import AuditEntry, OutcomePhoto
from projects.services import outcome_photos
from tests.conftest import MEMBER_ROLES
from tests.factories import ParticipantFactory
from tests.helpers import assert_query_budget
from tests.projects.outcome_data import PHOTO_ALT, add_outcome, add_photo, agree
from tests.projects.test_images import bomb_png, jpeg_with_gps

RECORDERS = ["lead", "facilitator"]
OTHERS = [role for role in MEMBER_ROLES if role not in RECORDERS]


@pytest.fixture
def outcome(cast):
    return add_outcome(cast.project, cast.lead)


@pytest.fixture
def photo(cast, outcome):
    return add_photo(outcome, cast.facilitator)


def outcome_url(outcome):
    return f"/projects/{outcome.project.slug}/outcomes/{outcome.pk}/"


def new_url(outcome):
    return outcome_url(outcome) + "photos/new/"


def photo_url(photo, small=False):
    return outcome_url(photo.outcome) + f"photos/{photo.pk}/" + ("small/" if small else "")


def remove_url(photo):
    return photo_url(photo) + "remove/"


def every_url(photo):
    return [new_url(photo.outcome), photo_url(photo), photo_url(photo, True), remove_url(photo)]


def picture(data=None, name="packs.jpg"):
    return SimpleUploadedFile(name, data or jpeg_with_gps(), content_type="image/jpeg")


def sent(**changes):
    return {"image": picture(), "alt_text": PHOTO_ALT, "nobody_recognisable": "on"} | changes


def stored_files(project):
    """Every file kept for the project's outcome photos, on disk or in object storage."""
    return _files_under(f"outcomes/{project.pk}")


def _files_under(folder):
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return []
    inner = [name for sub in folders for name in _files_under(f"{folder}/{sub}")]
    return [f"{folder}/{name}" for name in files] + inner


@pytest.mark.parametrize("who", RECORDERS)
def test_a_photo_is_added_with_alt_text_and_its_gps_and_camera_details_are_gone(
    cast, client_as, outcome, who
):
    client = client_as(who)
    page = client.get(new_url(outcome)).content.decode()
    assert "Nobody can be recognised in this photo" in page
    response = client.post(new_url(outcome), sent(), follow=True)
    body = response.content.decode()
    assert "Photo added to the evidence. Only people in the project can see it." in body
    photo = OutcomePhoto.objects.get()
    assert photo.outcome == outcome and photo.uploaded_by == cast.users[who]
    assert photo.alt_text == PHOTO_ALT and (photo.width, photo.height) == (200, 100)
    for stored in (photo.image, photo.thumbnail):
        assert stored.name.startswith(f"outcomes/{cast.project.pk}/{outcome.pk}/")
        with default_storage.open(stored.name, "rb") as kept:
            data = kept.read()
        again = Image.open(io.BytesIO(data))
        assert len(again.getexif()) == 0 and not again.getexif().get_ifd(ExifTags.IFD.GPSInfo)
        assert b"PhoneMaker" not in data and b"Jay's house" not in data
    assert "packs" not in photo.image.name  # stored under a random name, not the uploaded one
    assert f'src="{photo_url(photo, small=True)}" alt="{PHOTO_ALT}"' in body
    assert f'href="{photo_url(photo)}"' in body
    entry = AuditEntry.objects.get(action="outcome_photo_add")
    assert entry.actor == cast.users[who] and entry.detail == {"photo": photo.pk}


def test_a_photo_does_not_make_a_new_version_to_review(cast, client_as, outcome):
    agreed = agree(outcome, cast.manager)
    client = client_as("facilitator")
    client.post(new_url(outcome), sent())
    client.post(remove_url(OutcomePhoto.objects.get()))
    outcome.refresh_from_db()
    assert outcome.revision == agreed.revision and outcome.status == "agreed"
    body = client_as("manager").get(outcome_url(outcome)).content.decode()
    assert "You have reviewed this version." in body


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"image": ""}, "Choose a photo to upload."),
        ({"image": "notes"}, "This file is not a picture we can use."),
        ({"image": "heavy"}, "The largest picture you can upload is 15"),
        ({"image": "bomb"}, "This picture is too big to handle"),
        ({"nobody_recognisable": ""}, "Tick the box to say nobody can be recognised"),
        ({"alt_text": ""}, "Describe the picture in a few words"),
        ({"alt_text": "a" * 301}, "Keep the description to 300 characters or fewer"),
    ],
)
def test_a_bad_upload_is_refused_and_nothing_is_kept(cast, client_as, outcome, changes, message):
    files = {
        "": "",
        "notes": picture(b"Notes from the meeting", name="packs.jpg"),
        "heavy": picture(b"\xff\xd8\xff" + b"0" * MAX_IMAGE_BYTES),
        "bomb": picture(bomb_png(60000, 60000), name="packs.png"),
    }
    if "image" in changes:
        changes = changes | {"image": files[changes["image"]]}
    response = client_as("lead").post(new_url(outcome), sent(**changes))
    body = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in body and message in body
    assert not OutcomePhoto.objects.exists() and stored_files(cast.project) == []
    assert not AuditEntry.objects.filter(action="outcome_photo_add").exists()


def test_an_outcome_holds_at_most_twelve_photos(cast, client_as, outcome):
    for _ in range(outcome_photos.MAX_PHOTOS):
        add_photo(outcome, cast.lead)
    kept = sorted(stored_files(cast.project))
    client = client_as("facilitator")
    page = client.get(new_url(outcome)).content.decode()
    assert "already has 12 photos, the most it can have" in page and 'type="file"' not in page
    response = client.post(new_url(outcome), sent())
    body = response.content.decode()
    assert "already has 12 photos, the most it can have" in body
    assert "Nothing has been added." in body
    assert outcome.photos.count() == 12 and sorted(stored_files(cast.project)) == kept
    detail = client.get(outcome_url(outcome)).content.decode()
    assert "12 photos, the most it can have" in detail and "Add a photo" not in detail


def test_two_uploads_at_once_cannot_pass_the_limit(cast, client_as, outcome, monkeypatch):
    for _ in range(outcome_photos.MAX_PHOTOS):
        add_photo(outcome, cast.lead)
    kept = sorted(stored_files(cast.project))
    # As if the page had counted while there was still room: the service counts again.
    monkeypatch.setattr(outcome_photos, "photos_full", lambda outcome: False)
    response = client_as("lead").post(new_url(outcome), sent())
    assert "already has 12 photos" in response.content.decode()
    assert outcome.photos.count() == 12 and sorted(stored_files(cast.project)) == kept


@pytest.mark.parametrize("who", MEMBER_ROLES)
def test_every_member_sees_the_photos_through_the_app(cast, client_as, photo, who):
    client = client_as(who)
    body = client.get(outcome_url(photo.outcome)).content.decode()
    assert f'alt="{PHOTO_ALT}"' in body
    assert ("Add a photo" in body) == (who in RECORDERS)
    assert (remove_url(photo) in body) == (who in RECORDERS)
    for small in (False, True):
        response = client.get(photo_url(photo, small))
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == "private, max-age=300"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_outsiders_get_page_not_found_on_every_address(cast, client_as, photo):
    client = client_as("outsider")
    asked = [(client.get, url) for url in every_url(photo)]
    asked += [(client.post, new_url(photo.outcome)), (client.post, remove_url(photo))]
    for ask, url in asked:
        response = ask(url)
        assert response.status_code == 404, url
        assert cast.project.title not in response.content.decode()
    assert OutcomePhoto.objects.count() == 1 and len(stored_files(cast.project)) == 2


def test_anonymous_visitors_are_sent_to_sign_in_from_every_address(cast, client, photo):
    for url in every_url(photo):
        assert client.get(url)["Location"].startswith("/accounts/login/"), url
    for url in (new_url(photo.outcome), remove_url(photo)):
        assert client.post(url)["Location"].startswith("/accounts/login/"), url
    assert OutcomePhoto.objects.count() == 1


def test_a_photo_of_another_outcome_or_project_is_not_found(cast, client_as, photo):
    other_outcome = add_outcome(cast.project, cast.lead, title="Evening sessions")
    other_project = ParticipantFactory(user=cast.young_person).project
    client = client_as("young_person")
    wrong_outcome = outcome_url(other_outcome) + f"photos/{photo.pk}/"
    wrong_project = f"/projects/{other_project.slug}/outcomes/{photo.outcome.pk}/photos/{photo.pk}/"
    assert client.get(wrong_outcome).status_code == 404
    assert client.get(wrong_project).status_code == 404
    assert client_as("lead").post(wrong_outcome + "remove/").status_code == 404
    assert OutcomePhoto.objects.count() == 1


def test_a_photo_is_not_kept_at_a_public_address(cast, client_as, photo):
    assert client_as("young_person").get(f"/media/{photo.image.name}").status_code == 404


@pytest.mark.parametrize("who", OTHERS)
def test_only_leads_and_facilitators_add_or_remove_photos(cast, client_as, photo, who):
    client = client_as(who)
    assert client.get(new_url(photo.outcome)).status_code == 403
    assert client.post(new_url(photo.outcome), sent()).status_code == 403
    assert client.get(remove_url(photo)).status_code == 403
    assert client.post(remove_url(photo)).status_code == 403
    assert OutcomePhoto.objects.count() == 1 and len(stored_files(cast.project)) == 2


def test_wrong_methods_are_refused(cast, client_as, photo):
    client = client_as("lead")
    assert client.put(new_url(photo.outcome)).status_code == 405
    assert client.post(photo_url(photo)).status_code == 405
    assert client.post(photo_url(photo, small=True)).status_code == 405
    assert client.delete(remove_url(photo)).status_code == 405
    assert OutcomePhoto.objects.count() == 1


@pytest.mark.parametrize("who", RECORDERS)
def test_removing_a_photo_deletes_its_files(
    cast, client_as, photo, who, django_capture_on_commit_callbacks
):
    names = [photo.image.name, photo.thumbnail.name]
    client = client_as(who)
    page = client.get(remove_url(photo)).content.decode()
    assert "Remove this photo?" in page and f'alt="{PHOTO_ALT}"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(remove_url(photo))
    assert response["Location"] == outcome_url(photo.outcome) + "#evidence"
    assert not OutcomePhoto.objects.exists()
    assert not any(default_storage.exists(name) for name in names)
    entry = AuditEntry.objects.get(action="outcome_photo_remove")
    assert entry.actor == cast.users[who] and entry.detail == {"photo": photo.pk}
    assert "Photo removed and deleted." in client.get(outcome_url(photo.outcome)).content.decode()


def test_the_public_page_never_shows_the_photos(cast, client, client_as, photo):
    project = cast.project
    project.is_public = True
    project.save()
    for visitor in (client, client_as("lead")):
        response = visitor.get(f"/p/{project.slug}/")
        body = response.content.decode()
        assert response.status_code == 200
        assert PHOTO_ALT not in body and "/photos/" not in body and "outcomes/" not in body
    client.logout()
    # A public project's photos are still for its members only.
    assert client.get(photo_url(photo))["Location"].startswith("/accounts/login/")


def test_the_outcome_page_costs_the_same_with_3_or_12_photos(cast, client_as, outcome):
    client = client_as("lead")

    def grow(n):
        while outcome.photos.count() < n:
            add_photo(outcome, cast.facilitator)

    assert_query_budget(
        fetch=lambda: client.get(outcome_url(outcome)), grow=grow, budget=11, sizes=(3, 12)
    )
