"""How long session photos are kept: by the widest use everyone named in a photo agreed to.
A photo's level is the narrowest consent among the people tagged in it, as it stands on the
day; a photo with nobody tagged counts as "inside the project only"."""

from participants.models import Consent
from participants.selectors.consent import PHOTO_LEVELS, photo_consent_level
from projects.registries.retention import Removal, months_before, start_of
from sessions.meetings.models import SessionPhoto

Level = Consent.Level


def photo_level(photo, on):
    levels = [photo_consent_level(person, today=on) for person in photo.tagged.all()]
    if not levels:
        return Level.PHOTOS_INSIDE
    narrowest = min(levels, key=PHOTO_LEVELS.index)
    return Level.PHOTOS_INSIDE if narrowest == Level.NO else narrowest


def photos_due(level):
    def find(*, on, months, scope):
        photos = SessionPhoto.objects.filter(
            session__starts_at__lt=start_of(months_before(on, months))
        )
        photos = scope.narrow(photos, project="session__project", people=["tagged__user"])
        photos = photos.select_related("session").prefetch_related("tagged").distinct()
        return [photo for photo in photos.order_by("pk") if photo_level(photo, on) == level]

    return find


def photos_remove(photos):
    # One by one, so each photo's files leave storage with its row (stored_files).
    for photo in photos:
        photo.delete()
    return len(photos)


def _photos(key, level, months, words, order):
    return {
        "key": key,
        "name": f"Session photos: {words}",
        "why": "To remember and report what people made together, as far as they agreed.",
        "who_sees": "Everyone in the project; beyond it only as far as those in it agreed.",
        "months": months,
        "after": "after the session",
        "removal": Removal.DELETE,
        "find": photos_due(level),
        "remove": photos_remove,
        "permission": "workshops.view_photo",
        "order": order,
    }


RETAINED = [
    _photos("photos_inside", Level.PHOTOS_INSIDE, 24, "inside the project only", 50),
    _photos("photos_reports", Level.PHOTOS_REPORTS, 72, "also in reports", 51),
    _photos("photos_public", Level.PHOTOS_PUBLIC, 120, "also in public", 52),
]
