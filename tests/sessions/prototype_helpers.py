"""Making ideas, comments and rounds for the prototype tests."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from projects.files.images import image_process
from sessions.models import Comment, TestRound
from sessions.prototypes.services.prototypes import prototype_create, prototype_image_add
from tests.projects.test_images import jpeg_with_gps


def make_prototype(cast, *, title="Friends' pack", by="young_person", **fields):
    return prototype_create(
        project=cast.project,
        by=cast.users[by],
        member=cast.participants[by],
        title=title,
        description=fields.pop("description", "A pack of tips from care leavers."),
        kind=fields.pop("kind", "information_pack"),
        **fields,
    )


def add_picture(cast, prototype, alt_text="A folded paper pack with a map on the front"):
    return prototype_image_add(
        prototype=prototype,
        by=cast.facilitator,
        processed=image_process(SimpleUploadedFile("pack.jpg", jpeg_with_gps())),
        alt_text=alt_text,
    )


def comment(cast, prototype, who, body="I like it", **fields):
    return Comment.objects.create(
        prototype=prototype, author=cast.participants[who], body=body, **fields
    )


def open_round(prototype, *, opens_in=-1, closes_in=24):
    now = timezone.now()
    return TestRound.objects.create(
        prototype=prototype,
        question="Would this pack help you in your first week?",
        opens_at=now + timedelta(hours=opens_in),
        closes_at=now + timedelta(hours=closes_in),
    )


def url(prototype, rest=""):
    return f"/projects/{prototype.project.slug}/prototypes/{prototype.pk}/{rest}"
