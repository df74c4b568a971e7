"""How long photos of people are kept: by the widest use everyone named in a photo agreed to.
A photo's level is the narrowest consent among the people tagged in it, as it stands on the
day; a photo with nobody tagged counts as "inside the project only".

Session photos are registered here; pictures of ideas and prototypes, which tag people the
same way, use `photo_records` from their own part."""

from collections import Counter

from django.utils import timezone

from participants.models import Consent
from participants.selectors.consent import PHOTO_LEVELS, photo_consent_level
from projects.registries.retention import Removal, delete_each, months_before, start_of
from sessions.meetings.models import SessionPhoto

Level = Consent.Level
# What working out a photo's level reads: who is in it, their consents and their age.
TAGGED = ("tagged__consents", "tagged__user")

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
        photos = photos.prefetch_related(*TAGGED).distinct()
        return [photo for photo in photos.order_by("pk") if photo_level(photo, on) == level]

    return find


def photos_held(level, *, model, project):
    """A `held` for a project's photos of `model` at consent `level`."""

    def held(project_held):
        return _levels_held(project_held, model, project).get(level, 0)

    return held


def _levels_held(project_held, model, lookup):
    """{level: how many} of the project's photos of `model`, worked out once per request for
    all three levels."""
    worked_out = project_held.__dict__.setdefault("_photo_levels", {})
    if model not in worked_out:
        photos = model.objects.filter(**{lookup: project_held}).prefetch_related(*TAGGED)
        today = timezone.localdate()
        worked_out[model] = Counter(photo_level(photo, today) for photo in photos)
    return worked_out[model]


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
            "held": photos_held(level, model=model, project=project),
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
