import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from participants.models import Consent
from sessions.models import SessionPhoto
from tests.factories import ParticipantFactory
from tests.projects.test_images import bomb_png, jpeg_with_gps
from tests.sessions.conftest import consent, reply

ALT = "A paper map of Oban with post-it notes"


def new_url(session):
    return f"/projects/{session.project.slug}/sessions/{session.pk}/photos/new/"


def photo_url(photo, small=False):
    session = photo.session
    tail = "small/" if small else ""
    return f"/projects/{session.project.slug}/sessions/{session.pk}/photos/{photo.pk}/{tail}"


def picture(data=None, name="map.jpg"):
    return SimpleUploadedFile(name, data or jpeg_with_gps(), content_type="image/jpeg")


@pytest.fixture
def photo(cast, session, client_as):
    client_as("facilitator").post(new_url(session), {"image": picture(), "alt_text": ALT})
    return SessionPhoto.objects.get()


def test_a_facilitator_uploads_a_photo_with_alt_text_and_its_gps_is_gone(cast, client_as, session):
    response = client_as("facilitator").post(
        new_url(session), {"image": picture(), "alt_text": ALT}, follow=True
    )
    assert "Photo added." in response.content.decode()
    photo = SessionPhoto.objects.get()
    assert photo.alt_text == ALT and photo.uploaded_by == cast.facilitator
    with default_storage.open(photo.image.name, "rb") as stored:
        kept = Image.open(io.BytesIO(stored.read()))
    assert not kept.getexif().get_ifd(ExifTags.IFD.GPSInfo) and len(kept.getexif()) == 0
    assert f'alt="{ALT}"' in response.content.decode()


@pytest.mark.parametrize(
    "data, message",
    [
        ({"alt_text": ALT}, "Choose a photo to upload."),
        ({"image": "notes", "alt_text": ALT}, "not a picture we can use"),
        ({"image": "bomb", "alt_text": ALT}, "too big to handle"),
        ({"image": "photo", "alt_text": ""}, "Describe the picture in a few words"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_kept(cast, client_as, session, data, message):
    files = {
        "notes": SimpleUploadedFile("map.jpg", b"just some text", content_type="image/jpeg"),
        "bomb": SimpleUploadedFile("map.png", bomb_png(60000, 60000), content_type="image/png"),
        "photo": picture(),
    }
    if "image" in data:
        data = data | {"image": files[data["image"]]}
    response = client_as("facilitator").post(new_url(session), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert not SessionPhoto.objects.exists()
    assert not default_storage.exists(f"sessions/{cast.project.pk}")


def test_only_people_who_said_yes_to_photos_can_be_named(cast, client_as, session):
    yes, no = cast.participants["young_person"], cast.participants["staff"]
    consent(yes, Consent.Purpose.PHOTOS, Consent.Level.PHOTOS_INSIDE)
    consent(no, Consent.Purpose.PHOTOS, Consent.Level.NO)
    for person in (yes, no):
        reply(session, person, "yes", attended=True)
    client = client_as("facilitator")
    page = client.get(new_url(session)).content.decode()
    assert "Young person" in page and "Frontline staff" not in page
    response = client.post(
        new_url(session), {"image": picture(), "alt_text": ALT, "tagged": [yes.pk, no.pk]}
    )
    assert "Frontline staff did not say yes to photos" in response.content.decode()
    assert not SessionPhoto.objects.exists()
    client.post(new_url(session), {"image": picture(), "alt_text": ALT, "tagged": [yes.pk]})
    assert list(SessionPhoto.objects.get().tagged.all()) == [yes]


@pytest.mark.parametrize(
    "who", ["lead", "local_lead", "facilitator", "young_person", "staff", "manager"]
)
def test_every_member_sees_the_photo_through_the_app(cast, client_as, photo, who):
    client = client_as(who)
    for small in (False, True):
        response = client.get(photo_url(photo, small))
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert response["Cache-Control"] == "private, max-age=300"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content)[:3] == b"\xff\xd8\xff"


def test_outsiders_and_anonymous_people_never_see_it(cast, client_as, photo):
    assert client_as("outsider").get(photo_url(photo)).status_code == 404
    assert client_as("outsider").get(photo_url(photo, small=True)).status_code == 404
    client = client_as("anonymous")
    client.logout()
    assert "/accounts/login/" in client.get(photo_url(photo)).url


def test_a_photo_in_another_project_is_not_found(cast, client_as, photo):
    other = ParticipantFactory(user=cast.young_person).project
    path = f"/projects/{other.slug}/sessions/{photo.session.pk}/photos/{photo.pk}/"
    assert client_as("young_person").get(path).status_code == 404


def test_a_photo_is_not_kept_at_a_public_address(cast, photo, client_as):
    assert client_as("young_person").get(f"/media/{photo.image.name}").status_code == 404


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_uploading_requires_a_lead_or_facilitator(cast, client_as, session, who):
    response = client_as(who).post(new_url(session), {"image": picture(), "alt_text": ALT})
    assert response.status_code == 403 and not SessionPhoto.objects.exists()


def test_uploading_hides_the_project_from_outsiders(cast, client_as, session):
    assert client_as("outsider").get(new_url(session)).status_code == 404


def test_uploading_sends_anonymous_people_to_sign_in(cast, client_as, session):
    assert "/accounts/login/" in client_as("anonymous").get(new_url(session)).url


def test_wrong_methods_are_rejected(cast, client_as, photo):
    assert client_as("lead").put(new_url(photo.session)).status_code == 405
    assert client_as("lead").post(photo_url(photo)).status_code == 405


def delete_url(photo):
    return photo_url(photo) + "delete/"


def test_a_facilitator_takes_a_photo_down_and_its_files_go(
    cast, client_as, photo, django_capture_on_commit_callbacks
):
    names = [photo.image.name, photo.thumbnail.name]
    client = client_as("facilitator")
    assert "Take down this photo?" in client.get(delete_url(photo)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(delete_url(photo), follow=True)
    assert "Photo taken down and deleted." in response.content.decode()
    assert not SessionPhoto.objects.exists()
    assert not any(default_storage.exists(name) for name in names)


@pytest.mark.parametrize("who", ["local_lead", "young_person", "staff", "manager"])
def test_taking_down_requires_a_lead_or_facilitator(cast, client_as, photo, who):
    assert client_as(who).post(delete_url(photo)).status_code == 403
    assert SessionPhoto.objects.exists()


def test_taking_down_hides_the_project_from_outsiders(cast, client_as, photo):
    assert client_as("outsider").post(delete_url(photo)).status_code == 404


def test_taking_down_sends_anonymous_people_to_sign_in(cast, client_as, photo):
    client = client_as("anonymous")
    client.logout()
    assert "/accounts/login/" in client.post(delete_url(photo)).url


def test_taking_down_rejects_put(cast, client_as, photo):
    assert client_as("lead").put(delete_url(photo)).status_code == 405
