"""Writes for ideas and prototypes: adding an idea, pictures, versions and the decision."""

from django.db import transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.files.images import image_store
from projects.freshness import changes_project
from projects.models import Decision
from sessions.models import Prototype, PrototypeDecision, PrototypeImage, PrototypeVersion

STATUS_AFTER = {
    PrototypeDecision.Result.ADOPT: Prototype.Status.ADOPTED,
    PrototypeDecision.Result.CHANGE: Prototype.Status.PROTOTYPE,
    PrototypeDecision.Result.DROP: Prototype.Status.DROPPED,
}


@transaction.atomic
@changes_project(via="project")
def prototype_create(*, project, by, member, title, description="", kind, session=None):
    prototype = Prototype.objects.create(
        project=project,
        title=title,
        description=description,
        kind=kind,
        session=session,
        created_by=member,
    )
    PrototypeVersion.objects.create(
        prototype=prototype, number=1, what_changed="The idea was added.", by=by
    )
    audit_record(actor=by, action="prototype_create", target=prototype, project=project)
    return prototype


@transaction.atomic
@changes_project(via="prototype")
def prototype_update(*, prototype, by, fields):
    for name, value in fields.items():
        setattr(prototype, name, value)
    prototype.save()
    audit_record(
        actor=by,
        action="prototype_update",
        target=prototype,
        project=prototype.project,
        detail={"fields": sorted(fields)},
    )
    return prototype


@transaction.atomic
@changes_project(via="prototype")
def prototype_version_add(*, prototype, by, what_changed, why=""):
    """A new version: earlier versions and their pictures stay as they were."""
    locked = Prototype.objects.select_for_update().get(pk=prototype.pk)
    last = locked.versions.order_by("-number").values_list("number", flat=True).first() or 0
    version = PrototypeVersion.objects.create(
        prototype=locked, number=last + 1, what_changed=what_changed, why=why, by=by
    )
    if locked.status == Prototype.Status.IDEA:
        locked.status = Prototype.Status.PROTOTYPE
        locked.save(update_fields=["status", "updated_at"])
    audit_record(actor=by, action="prototype_version_add", target=locked, project=locked.project)
    return version


@transaction.atomic
@changes_project(via="prototype")
def prototype_image_add(*, prototype, by, processed, alt_text, tagged=()):
    """Store a picture already checked and cleaned by projects.files.images.image_process, with the
    prototype's latest version. An idea with a picture has become a prototype."""
    image = PrototypeImage(
        prototype=prototype,
        version=prototype.versions.order_by("-number").first(),
        uploaded_by=by,
        alt_text=alt_text,
    )
    image_store(image, processed).save()
    image.tagged.set(tagged)
    if prototype.status == Prototype.Status.IDEA:
        prototype.status = Prototype.Status.PROTOTYPE
        prototype.save(update_fields=["status", "updated_at"])
    return image


@transaction.atomic
@changes_project(via="prototype")
def prototype_decide(*, prototype, by, result, reason, took_part, young_people_voted):
    """Record the decision on a prototype in the project's decision log and change its status.

    `took_part` is a list of projects.models.Decision.Group values."""
    groups = dict(Decision.Group.choices)
    decided_by = took_part[0] if len(took_part) == 1 else Decision.Group.EVERYONE
    decision = Decision.objects.create(
        project=prototype.project,
        what=f"{prototype.title}: {PrototypeDecision.Result(result).label.lower()}",
        proposed_by=Decision.Group.EVERYONE,
        decided_by=decided_by,
        young_people_voted=young_people_voted,
        result=reason,
        decided_on=timezone.localdate(),
        recorded_by=by,
    )
    made = PrototypeDecision.objects.create(
        prototype=prototype,
        decision=decision,
        result=result,
        reason=reason,
        took_part=", ".join(groups[g] for g in took_part),
    )
    prototype.status = STATUS_AFTER[result]
    prototype.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=by,
        action="prototype_decide",
        target=prototype,
        project=prototype.project,
        detail={"result": result, "decision": decision.pk},
    )
    return made


def prototypes_link_outcome(outcome, prototypes):
    """Make `prototypes` the ideas behind `outcome`: called by the outcome services inside their
    transaction. An idea leads to one outcome, so choosing it here moves it from any other; ideas
    from another project are ignored."""
    chosen = [p.pk for p in prototypes if p.project_id == outcome.project_id]
    Prototype.objects.filter(outcome=outcome).exclude(pk__in=chosen).update(outcome=None)
    Prototype.objects.filter(pk__in=chosen).update(outcome=outcome)
