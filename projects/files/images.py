"""Pictures people upload (session photos, prototype pictures, receipts), made safe once.

    processed = image_process(upload)                 # or raises ValidationError in plain words
    photo.image.save(processed.name, processed.image, save=False)
    photo.thumbnail.save(processed.thumbnail_name, processed.thumbnail, save=False)
    alt_text = alt_text_clean(form_value)             # required words for people who cannot see it
    # in a view, after its permission check:
    return image_response(photo.image, content_type="image/jpeg")

What it does: the picture is recognised by its content, not its name (JPEG, PNG or WebP only);
files over MAX_IMAGE_BYTES and pictures over MAX_IMAGE_PIXELS are refused before their pixels
are decoded, so a small file that unpacks into billions of pixels (a "decompression bomb")
never fills the server's memory; the picture is turned upright, decoded and encoded again from
its pixels alone, which drops every piece of metadata (camera, time, GPS position, comments,
colour profiles); it is shrunk to at most MAX_SIDE pixels a side, with a thumbnail beside it.
Files are read back through Django's default storage, so they can move to object storage.
"""

import io
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_IMAGE_BYTES = 15 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # e.g. 8000 × 5000: more than any phone camera takes
MAX_SIDE = 2000
THUMBNAIL_SIDE = 480
ALLOWED_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
ALLOWED_SUMMARY = "a photo or picture saved as JPEG, PNG or WebP"
ALT_TEXT_MIN = 5


@dataclass(frozen=True)
class ProcessedImage:
    image: ContentFile
    thumbnail: ContentFile
    width: int
    height: int
    content_type: str
    extension: str

    @property
    def name(self):
        return f"picture.{self.extension}"

    @property
    def thumbnail_name(self):
        return f"picture-small.{self.extension}"


def image_process(upload, *, max_bytes=MAX_IMAGE_BYTES, max_pixels=MAX_IMAGE_PIXELS):
    """Check an uploaded picture and return it re-encoded, without metadata, with a thumbnail.

    Raises ValidationError with a plain message when it is not a picture we take.
    """
    size = getattr(upload, "size", None)
    if not size:
        raise ValidationError("This file is empty. Check you picked the right picture.")
    if size > max_bytes:
        raise ValidationError(
            f"This picture is {filesizeformat(size)}. The largest picture you can upload is "
            f"{filesizeformat(max_bytes)}. Try a smaller copy, or a screenshot of it."
        )
    upload.seek(0)
    picture = _open(upload, max_pixels)
    try:
        picture = ImageOps.exif_transpose(picture)
    except Exception as broken:  # a damaged orientation tag: keep the picture as it is
        if not isinstance(broken, (ValueError, OSError, SyntaxError, KeyError, TypeError)):
            raise
    clean = _pixels_only(picture)
    clean.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    small = clean.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    keeps_transparency = clean.mode == "RGBA"
    upload.seek(0)
    return ProcessedImage(
        image=ContentFile(_encode(clean, keeps_transparency)),
        thumbnail=ContentFile(_encode(small, keeps_transparency)),
        width=clean.width,
        height=clean.height,
        content_type="image/png" if keeps_transparency else "image/jpeg",
        extension="png" if keeps_transparency else "jpg",
    )


def _open(upload, max_pixels):
    not_a_picture = ValidationError(
        f"This file is not a picture we can use. You can upload {ALLOWED_SUMMARY}."
    )
    try:
        # Opening reads only the header: the size is known before any pixel is decoded.
        picture = Image.open(upload)
    except Image.DecompressionBombError as bomb:
        raise _too_many_pixels(max_pixels) from bomb
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as wrong:
        raise not_a_picture from wrong
    if picture.format not in ALLOWED_FORMATS:
        raise not_a_picture
    width, height = picture.size
    if width * height > max_pixels:
        raise _too_many_pixels(max_pixels)
    if getattr(picture, "n_frames", 1) > 1:
        picture.seek(0)
    try:
        picture.load()
    except Image.DecompressionBombError as bomb:
        raise _too_many_pixels(max_pixels) from bomb
    except (OSError, ValueError, SyntaxError) as broken:
        raise ValidationError(
            "This picture is damaged or only partly uploaded. Try uploading it again."
        ) from broken
    return picture


def _too_many_pixels(max_pixels):
    return ValidationError(
        f"This picture is too big to handle (more than {max_pixels // 1_000_000} million "
        f"pixels). Try a smaller copy."
    )


def _pixels_only(picture):
    """A new picture made from the pixels alone: nothing from the file's metadata survives."""
    has_alpha = picture.mode in ("RGBA", "LA", "PA") or (
        picture.mode == "P" and "transparency" in picture.info
    )
    converted = picture.convert("RGBA" if has_alpha else "RGB")
    return Image.frombytes(converted.mode, converted.size, converted.tobytes())


def _encode(picture, as_png):
    out = io.BytesIO()
    if as_png:
        picture.save(out, format="PNG", optimize=True)
    else:
        picture.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()


def thumbnail_size(width, height):
    """The size image_process gives the small copy of a picture `width` by `height`."""
    longest = max(width, height, 1)
    if longest <= THUMBNAIL_SIDE:
        return width, height
    scale = THUMBNAIL_SIDE / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def image_store(picture, processed):
    """Put a picture made by image_process on a row with `image`, `thumbnail`, `width` and
    `height` fields (a session photo, an idea's picture, an outcome's photo): the files are
    written, the row is not saved. Returns the row."""
    picture.width, picture.height = processed.width, processed.height
    picture.image.save(processed.name, processed.image, save=False)
    picture.thumbnail.save(processed.thumbnail_name, processed.thumbnail, save=False)
    return picture


def alt_text_clean(text):
    """The picture's description for people who cannot see it: required, in a few words."""
    text = " ".join((text or "").split())
    if len(text) < ALT_TEXT_MIN:
        raise ValidationError(
            "Describe the picture in a few words for people who cannot see it, "
            "e.g. “A paper map of Oban with post-it notes”."
        )
    return text


def image_response(field_file, *, content_type, download_name=None):
    """Send a stored picture to someone already allowed to see it, never from a public address."""
    if not field_file or not field_file.name:
        raise Http404("No such picture.")
    try:
        handle = default_storage.open(field_file.name, "rb")
    except FileNotFoundError as missing:
        raise Http404("The picture is missing.") from missing
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=bool(download_name),
        filename=download_name or "",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    # Only the person's own browser may keep it: access can be taken away.
    response["Cache-Control"] = "private, max-age=300"
    return response


def stored_image_path(instance, filename):
    """<the row's folder>/<random name>: nobody can guess a picture's address from another's."""
    suffix = PurePosixPath(filename).suffix.lower()
    return f"{instance.image_folder()}/{secrets.token_urlsafe(18)}{suffix}"


class StoredImage(models.Model):
    """A picture someone uploaded, as image_process left it: re-encoded without metadata, with a
    small copy, its size, and a description for people who cannot see it. Session photos, ideas'
    pictures and outcome photos are kinds of it; each says which folder its files go in."""

    image = models.FileField(upload_to=stored_image_path, max_length=200)
    thumbnail = models.FileField(upload_to=stored_image_path, max_length=200)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    alt_text = models.CharField("describe the picture", max_length=300)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["uploaded_at", "pk"]

    def __str__(self):
        return self.alt_text

    def image_folder(self):
        raise NotImplementedError("Each kind of picture names the folder its files go in.")


def picture_response(picture, size="full"):
    """A stored picture, or its small copy, for someone already allowed to see it."""
    stored = picture.thumbnail if size == "small" else picture.image
    kind = "image/png" if stored.name.endswith(".png") else "image/jpeg"
    return image_response(stored, content_type=kind)


def picture_upload(request, form, *, add, success, done_url, template, context, refused=False):
    """The page that adds a picture: on a good POST, `add(processed=…, alt_text=…, **rest)` with
    the form's other cleaned fields named in `form.passed_on`, a plain message and back to
    `done_url`; otherwise the form again, with what the person typed and why it was refused (a
    ValidationError from `add` goes on the form, and nothing is kept: a file store that does not
    take the picture raises one, codesign.runtime.file_store.FileStoreUnavailable)."""
    if request.method == "POST" and not refused and form.is_valid():
        extra = {name: form.cleaned_data[name] for name in getattr(form, "passed_on", ())}
        try:
            add(processed=form.processed, alt_text=form.cleaned_data["alt_text"], **extra)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, success)
            return redirect(done_url)
    return render(request, template, {**context, "form": form})
