import io
import struct
import zlib
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from PIL import ExifTags, Image, PngImagePlugin

from projects.files.images import (
    MAX_SIDE,
    THUMBNAIL_SIDE,
    alt_text_clean,
    image_process,
    thumbnail_size,
)


def upload(data, name="photo.jpg"):
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def jpeg_with_gps(size=(200, 100), orientation=None):
    picture = Image.new("RGB", size, "#3366cc")
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    exif[ExifTags.Base.DateTime] = "2026:11:30 18:04:00"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (56.0, 24.0, 55.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (5.0, 28.0, 20.0)
    out = io.BytesIO()
    picture.save(out, format="JPEG", exif=exif, comment=b"Taken at Jay's house")
    return out.getvalue()


def test_a_real_jpeg_loses_its_gps_position_and_every_other_piece_of_metadata():
    original = jpeg_with_gps()
    before = Image.open(io.BytesIO(original))
    assert before.getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the test photo really has GPS
    processed = image_process(upload(original))
    data = processed.image.read()
    after = Image.open(io.BytesIO(data))
    assert after.format == "JPEG"
    assert len(after.getexif()) == 0 and not after.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert (
        "exif" not in after.info and "comment" not in after.info and "icc_profile" not in after.info
    )
    for trace in (b"Exif", b"PhoneMaker", b"Jay's house", b"2026:11:30"):
        assert trace not in data
    thumbnail = Image.open(io.BytesIO(processed.thumbnail.read()))
    assert len(thumbnail.getexif()) == 0


def test_a_sideways_phone_photo_is_turned_upright_before_its_metadata_goes():
    processed = image_process(upload(jpeg_with_gps(size=(200, 100), orientation=6)))
    assert (processed.width, processed.height) == (100, 200)


def test_a_png_loses_its_text_chunks_and_keeps_transparency():
    picture = Image.new("RGBA", (50, 40), (255, 0, 0, 128))
    info = PngImagePlugin.PngInfo()
    info.add_text("Location", "56.41N 5.47W")
    out = io.BytesIO()
    picture.save(out, format="PNG", pnginfo=info)
    processed = image_process(upload(out.getvalue(), "wall.png"))
    data = processed.image.read()
    assert b"56.41N" not in data and processed.content_type == "image/png"
    assert Image.open(io.BytesIO(data)).mode == "RGBA"


def test_big_photos_are_resized_with_a_thumbnail():
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), "white").save(out, format="JPEG")
    processed = image_process(upload(out.getvalue()))
    assert (processed.width, processed.height) == (MAX_SIDE, MAX_SIDE * 3 // 4)
    small = Image.open(io.BytesIO(processed.thumbnail.read()))
    assert max(small.size) == THUMBNAIL_SIDE


def bomb_png(width, height):
    """A tiny PNG whose header claims an enormous picture."""
    out = io.BytesIO()
    Image.new("L", (1, 1)).save(out, format="PNG")
    data = bytearray(out.getvalue())
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)


@pytest.mark.parametrize("size", [(60000, 60000), (9000, 9000)])
def test_a_decompression_bomb_is_refused_before_its_pixels_are_decoded(size):
    with pytest.raises(ValidationError, match="too big to handle"):
        image_process(upload(bomb_png(*size), "bomb.png"))


def test_a_lower_pixel_limit_can_be_asked_for():
    out = io.BytesIO()
    Image.new("RGB", (1200, 1000)).save(out, format="PNG")
    with pytest.raises(ValidationError, match="too big to handle"):
        image_process(upload(out.getvalue(), "a.png"), max_pixels=1_000_000)


@pytest.mark.parametrize(
    "data, message",
    [
        (b"%PDF-1.7 not a picture", "not a picture we can use"),
        (b"GIF89a" + b"\x00" * 40, "not a picture we can use"),
        (b"", "This file is empty"),
    ],
)
def test_files_that_are_not_pictures_are_refused(data, message):
    with pytest.raises(ValidationError, match=message):
        image_process(upload(data, "photo.jpg"))


def test_a_gif_renamed_to_jpg_is_refused():
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="GIF")
    with pytest.raises(ValidationError, match="not a picture we can use"):
        image_process(upload(out.getvalue(), "photo.jpg"))


def test_a_damaged_picture_is_refused():
    with pytest.raises(ValidationError, match="damaged"):
        whole = jpeg_with_gps(size=(800, 600))
        image_process(upload(whole[: len(whole) * 2 // 3]))


def test_a_huge_file_is_refused_by_its_size():
    with pytest.raises(ValidationError, match="The largest picture you can upload is 1"):
        image_process(upload(b"\xff\xd8\xff" + b"0" * 2_000_000), max_bytes=1024 * 1024)


@pytest.mark.parametrize("text", ["", "   ", "map"])
def test_alt_text_is_required(text):
    with pytest.raises(ValidationError, match="Describe the picture"):
        alt_text_clean(text)


def test_alt_text_is_tidied():
    assert alt_text_clean("  A map\nof Oban ") == "A map of Oban"


@pytest.mark.parametrize("size", [(200, 100), (2400, 1600), (1000, 3000), (481, 480), (480, 7)])
def test_the_small_copy_s_size_is_known_without_opening_it(size):
    processed = image_process(upload(jpeg_with_gps(size=size)))
    small = Image.open(io.BytesIO(processed.thumbnail.read()))
    assert thumbnail_size(processed.width, processed.height) == small.size


def test_pictures_on_pages_keep_their_space_before_they_arrive():
    page = Template("{% load pictures %}<img {% small_size picture %}>")
    wide = SimpleNamespace(width=2400, height=1600)
    assert page.render(Context({"picture": wide})) == '<img width="480" height="320">'
