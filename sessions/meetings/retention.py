"""How long photos of people are kept: by the widest use everyone named in a photo agreed to.
A photo's level is the narrowest consent among the people tagged in it, as it stands on the
day; a photo with nobody tagged counts as "inside the project only".

Session photos are registered here; pictures of ideas and prototypes, which tag people the
same way, use `photo_records` from their own part."""

from participants.models import Consent
from participants.selectors.consent import PHOTO_LEVELS, photo_consent_level
from projects.registries.retention import Removal, delete_each, months_before, start_of
from sessions.meetings.models import SessionPhoto

Level = Consent.Level

# Each consent level, its period in months and its words; the order on the schedule follows.
LEVELS = [
    (Level.PHOTOS_INSIDE, "inside", 24, "inside the project only"),
    (Level.PHOTOS_REPORTS, "reports", 72, "also in reports"),
    (Level.PHOTOS_PUBLIC, "public", 120, "also in public"),
]


def photo_level(photo, on):
    levels = [photo_consent_level(person, today=on) for person in photo.tagged.all()]
    if not levels:
        return Level.PHOTOS_INSIDE
    narrowest = min(levels, key=PHOTO_LEVELS.index)
    return Level.PHOTOS_INSIDE if narrowest == Level.NO else narrowest


def photos_due(level, *, model, taken, project):
    """A `find` for the photos of `model` at consent `level` whose `taken` date is past."""

    def find(*, on, months, scope):
        photos = model.objects.filter(**{f"{taken}__lt": start_of(months_before(on, months))})
        photos = scope.narrow(photos, project=project, people=["tagged__user"])
        photos = photos.prefetch_related("tagged").distinct()
        return [photo for photo in photos.order_by("pk") if photo_level(photo, on) == level]

    return find


def photo_records(*, prefix, model, name, why, after, taken, project, permission, order):
    """One retention row per consent level for a kind of photo that tags people."""
    return [
        {
            "key": f"{prefix}_{short}",
            "name": f"{name}: {words}",
            "why": why,
            "who_sees": "Everyone in the project; beyond it only as far as those in it agreed.",
            "months": months,
            "after": after,
            "removal": Removal.DELETE,
            "find": photos_due(level, model=model, taken=taken, project=project),
            "remove": delete_each,
            "permission": permission,
            "order": order + step,
        }
        for step, (level, short, months, words) in enumerate(LEVELS)
    ]


RETAINED = photo_records(
    prefix="photos",
    model=SessionPhoto,
    name="Session photos",
    why="To remember and report what people made together, as far as they agreed.",
    after="after the session",
    taken="session__starts_at",
    project="session__project",
    permission="workshops.view_photo",
    order=50,
)
