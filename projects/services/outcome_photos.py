"""Writes about an outcome's photos: evidence that it happened, seen only by its project.

A photo is part of the evidence but not part of what staff and managers review ("did this
happen as it says?"), so adding or removing one does not make a new version to review: the
outcome's revision stays, and reviews already given still stand.
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from projects.audit import audit_record
from projects.files.images import image_store
from projects.freshness import project_changed
from projects.models import Outcome, OutcomePhoto

MAX_PHOTOS = 12


def photos_full(outcome):
    """Whether the outcome has all the photos it can have (the upload page asks first)."""
    return outcome.photos.count() >= MAX_PHOTOS


def photos_full_message():
    return (
        f"This outcome already has {MAX_PHOTOS} photos, the most it can have. "
        "Remove one from the outcome's page before you add another."
    )


@transaction.atomic
def outcome_photo_add(*, outcome, by, processed, alt_text):
    """Keep a photo already checked and cleaned by projects.files.images.image_process.

    The uploader has confirmed that nobody can be recognised in it, or that everyone who can
    be said yes to it being used: this app cannot see people's photo consent. Refused, with
    nothing stored, when the outcome already has MAX_PHOTOS photos. The outcome's version
    stays as it is (see above).
    """
    # The lock makes two uploads at once count one after the other.
    locked = Outcome.objects.select_for_update().select_related("project").get(pk=outcome.pk)
    if locked.photos.count() >= MAX_PHOTOS:
        raise ValidationError(photos_full_message())
    photo = image_store(OutcomePhoto(outcome=locked, uploaded_by=by, alt_text=alt_text), processed)
    photo.save()
    audit_record(
        actor=by,
        action="outcome_photo_add",
        target=locked,
        project=locked.project,
        detail={"photo": photo.pk},
    )
    project_changed(locked.project)
    return photo


@transaction.atomic
def outcome_photo_remove(*, photo, by):
    """Delete a photo, then its stored files once the deletion is committed. Like adding one,
    this leaves the outcome's version (and the reviews of it) as they are."""
    outcome = photo.outcome
    deleted, _ = OutcomePhoto.objects.filter(pk=photo.pk).delete()
    if not deleted:  # someone else removed it a moment ago
        return
    audit_record(
        actor=by,
        action="outcome_photo_remove",
        target=outcome,
        project=outcome.project,
        detail={"photo": photo.pk},
    )
    project_changed(outcome.project)
    # The picture and its small copy leave storage once this is committed (stored_files).
