from django.db import transaction

from projects.files.images import image_store
from projects.freshness import changes_project, project_changed_by_id
from sessions.models import SessionPhoto


@transaction.atomic
@changes_project(via="session")
def photo_add(*, session, by, processed, alt_text, tagged=()):
    """Store a photo already checked and cleaned by projects.files.images.image_process."""
    photo = image_store(SessionPhoto(session=session, uploaded_by=by, alt_text=alt_text), processed)
    photo.save()
    photo.tagged.set(tagged)
    return photo


@transaction.atomic
def photo_delete(*, photo):
    """The photo and its small copy leave storage once this is committed (stored_files)."""
    project_changed_by_id(photo.session.project_id)
    photo.delete()
