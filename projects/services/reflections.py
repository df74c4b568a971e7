from django.db import transaction

from projects.audit import audit_record
from projects.freshness import project_changed
from projects.models import Reflection


@transaction.atomic
def reflection_add(*, project, by, kind, text):
    reflection = Reflection.objects.create(project=project, author=by, kind=kind, text=text)
    audit_record(actor=by, action="reflection_add", target=reflection, project=project)
    project_changed(project)
    return reflection


def reflections_forget(*, user, participants, remove_contributions):
    """On deleting an account: the words go if the person asks, otherwise only their name does."""
    mine = Reflection.objects.filter(author=user)
    if remove_contributions:
        mine.delete()
    else:
        mine.update(author=None)
