from django.db import transaction

from projects.freshness import changes_project, project_changed_by_id
from sessions.models import SessionPhoto


@transaction.atomic
@changes_project
def photo_add(*, session, by, processed, alt_text, tagged=()):
    """Store a photo already checked and cleaned by projects.images.image_process."""
    photo = SessionPhoto(
        session=session,
        uploaded_by=by,
        alt_text=alt_text,
        width=processed.width,
        height=processed.height,
    )
    photo.image.save(processed.name, processed.image, save=False)
    photo.thumbnail.save(processed.thumbnail_name, processed.thumbnail, save=False)
    photo.save()
    photo.tagged.set(tagged)
    return photo


@transaction.atomic
def photo_delete(*, photo):
    project_changed_by_id(photo.session.project_id)
    image, thumbnail = photo.image, photo.thumbnail
    photo.delete()
    image.delete(save=False)
    thumbnail.delete(save=False)
