"""Recording a vetting check. Records are added, never changed: a renewal is a new record."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Vetting


@transaction.atomic
@changes_project(via="project")
def vetting_record(
    *, project, by, participant, scheme, level, certificate_end, checked_on, checked_by, renews_on
):
    record = Vetting.objects.create(
        project=project,
        participant=participant,
        scheme=scheme,
        level=level,
        certificate_end=certificate_end[-4:],
        checked_on=checked_on,
        checked_by=checked_by,
        renews_on=renews_on,
        recorded_by=by,
    )
    audit_record(
        actor=by,
        action="vetting_record",
        target=record,
        project=project,
        detail={"participant": participant.pk, "scheme": scheme, "renews_on": str(renews_on)},
    )
    return record
