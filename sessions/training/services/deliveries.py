"""Delivering a module in a training session, with its trainers and co-trainers."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Delivery


@transaction.atomic
@changes_project(via="module")
def delivery_set(*, module, session, by, trainers, co_trainers=()):
    """Link the module to a training session (a session delivers one module); naming the
    session again changes its trainers."""
    delivery, _ = Delivery.objects.update_or_create(session=session, defaults={"module": module})
    delivery.trainers.set(trainers)
    delivery.co_trainers.set(co_trainers)
    audit_record(
        actor=by,
        action="delivery_set",
        target=delivery,
        project=module.project,
        detail={"session": session.pk},
    )
    return delivery
