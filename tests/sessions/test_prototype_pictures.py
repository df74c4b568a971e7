import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from participants.models import Consent
from sessions.models import Prototype, PrototypeImage
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.conftest import consent
from tests.sessions.prototype_helpers import add_picture, make_prototype, url


def _post(client, prototype, **data):
    files = {"image": SimpleUploadedFile("mockup.jpg", jpeg_with_gps(), content_type="image/jpeg")}
    return client.post(
        url(prototype, "pictures/new/"),
        {"alt_text": "A paper mock-up of the pack", **data, **files},
    )


def test_a_facilitator_adds_a_picture_without_its_metadata(cast, client_as):
    prototype = make_prototype(cast)
    assert _post(client_as("facilitator"), prototype).status_code == 302
    picture = PrototypeImage.objects.get()
    with picture.image.open() as stored:
        kept = Image.open(io.BytesIO(stored.read()))
        assert not kept.getexif() and "exif" not in kept.info
    prototype.refresh_from_db()
    assert prototype.status == Prototype.Status.PROTOTYPE


def test_a_file_that_is_not_a_picture_is_refused(cast, client_as):
    prototype = make_prototype(cast)
    response = client_as("facilitator").post(
        url(prototype, "pictures/new/"),
        {"alt_text": "A pack", "image": SimpleUploadedFile("pack.jpg", b"not a picture at all")},
    )
    assert "This file is not a picture we can use." in response.content.decode()
    assert not PrototypeImage.objects.exists()


def test_a_picture_needs_a_description(cast, client_as):
    prototype = make_prototype(cast)
    response = _post(client_as("facilitator"), prototype, alt_text="")
    assert response.status_code == 200 and not PrototypeImage.objects.exists()


def test_someone_who_said_no_to_photos_is_never_tagged(cast, client_as):
    prototype = make_prototype(cast)
    consent(cast.participants["young_person"], Consent.Purpose.PHOTOS, Consent.Level.NO)
    response = _post(
        client_as("facilitator"), prototype, tagged=[cast.participants["young_person"].pk]
    )
    assert "did not say yes to photos" in response.content.decode()
    assert not PrototypeImage.objects.exists()


def test_pictures_are_served_only_to_members(cast, client_as):
    prototype = make_prototype(cast)
    picture = add_picture(cast, prototype)
    path = url(prototype, f"pictures/{picture.pk}/small/")
    response = client_as("manager").get(path)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert client_as("outsider").get(path).status_code == 404
