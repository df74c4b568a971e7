"""Outcomes for tests, made through the services so they hold what the pages rely on."""

from django.core.files.uploadedfile import SimpleUploadedFile

from projects.files.images import image_process
from projects.services.outcome_photos import outcome_photo_add
from projects.services.outcomes import outcome_create, outcome_review
from tests.projects.test_images import jpeg_with_gps

STORY = {
    "title": "Friends' pack used in residential care",
    "kind": "resource_adopted",
    "you_said": "Leaving care is lonely.",
    "we_did": "We made a friends' pack with young people.",
    "what_changed": "Every young person leaving care gets one.",
    "evidence": "9 packs given out.",
}


def add_outcome(project, by, decisions=(), **fields):
    return outcome_create(project=project, by=by, decisions=decisions, **(STORY | fields))


def agree(outcome, by):
    outcome_review(outcome=outcome, by=by, verdict="agree", note="")
    outcome.refresh_from_db()
    return outcome


PHOTO_ALT = "Printed packs on a shelf in a residential unit, ready to give out"


def add_photo(outcome, by, alt_text=PHOTO_ALT):
    """A photo kept as evidence, through the service, from a phone photo with a GPS position."""
    upload = SimpleUploadedFile("packs.jpg", jpeg_with_gps(), content_type="image/jpeg")
    return outcome_photo_add(
        outcome=outcome, by=by, processed=image_process(upload), alt_text=alt_text
    )
