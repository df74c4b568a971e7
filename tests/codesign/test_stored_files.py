"""Files go when their rows go: deleting a project (as the admin does) removes every picture,
photo and shared file it held from storage, once the deletion is committed; a deletion that is
rolled back keeps them; a receipt replaced on a claim goes too. (A project with payment claims
cannot be deleted: money records are kept.)"""

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from projects.files.images import image_process
from projects.models import Project, Resource
from sessions.meetings.services.photos import photo_add
from sessions.models import Expense, PrototypeImage, SessionPhoto
from sessions.payments.forms.claims import receipt_check
from sessions.payments.services.claims import claim_update
from tests.factories import ResourceFactory
from tests.projects.outcome_data import add_outcome, add_photo
from tests.projects.test_images import jpeg_with_gps
from tests.sessions.conftest import make_session
from tests.sessions.payments import add_rate, make_claim, receipt_photo
from tests.sessions.prototype_helpers import add_picture, make_prototype


def stored_names(project):
    names = [r.file.name for r in Resource.objects.filter(project=project)]
    for photo in SessionPhoto.objects.filter(session__project=project):
        names += [photo.image.name, photo.thumbnail.name]
    for picture in PrototypeImage.objects.filter(prototype__project=project):
        names += [picture.image.name, picture.thumbnail.name]
    for photo in project.outcomes.get().photos.all():
        names += [photo.image.name, photo.thumbnail.name]
    return names


def fill(cast):
    project = cast.project
    ResourceFactory(project=project)
    photo_add(
        session=make_session(project),
        by=cast.facilitator,
        processed=image_process(SimpleUploadedFile("a.jpg", jpeg_with_gps())),
        alt_text="Post-it notes on a wall",
    )
    add_picture(cast, make_prototype(cast))
    add_photo(add_outcome(project, cast.lead), cast.lead)
    names = stored_names(project)
    assert len(names) == 7 and all(default_storage.exists(name) for name in names)
    return names


def test_deleting_a_project_deletes_its_files_once_committed(
    cast, django_capture_on_commit_callbacks
):
    names = fill(cast)
    with django_capture_on_commit_callbacks(execute=True):
        Project.objects.filter(pk=cast.project.pk).delete()
    assert not any(default_storage.exists(name) for name in names)


def test_a_deletion_rolled_back_keeps_the_files(cast, django_capture_on_commit_callbacks):
    names = fill(cast)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        try:
            with transaction.atomic():
                cast.project.delete()
                raise RuntimeError("something went wrong after the delete")
        except RuntimeError:
            pass
    assert callbacks == []
    assert all(default_storage.exists(name) for name in names)


def test_a_receipt_replaced_on_a_claim_is_deleted(cast, django_capture_on_commit_callbacks):
    add_rate(cast.project)

    def travel(name):
        return [
            {"kind": "travel", "amount_pence": 450, "receipt": receipt_check(receipt_photo(name))}
        ]

    claim = make_claim(cast.participants["young_person"], expenses=travel("bus.jpg"))
    old = claim.expenses.get().receipt.name
    assert default_storage.exists(old)
    with django_capture_on_commit_callbacks(execute=True):
        claim_update(
            claim=claim, by=cast.young_person, minutes=120, route="bank", expenses=travel("t.jpg")
        )
    new = Expense.objects.get(claim=claim).receipt.name
    assert new != old and default_storage.exists(new) and not default_storage.exists(old)
