"""Writing training modules: the module, its steps and their pictures, and publishing it."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from projects.audit import audit_record
from projects.files.images import image_store
from projects.freshness import changes_project
from sessions.models import Statement, StepPicture, TrainingModule, TrainingStep

NO_STEPS = (
    "Add at least one step before you publish this training: people need something to go through."
)


def _statements_set(module, statements):
    """The module's statements become `statements`, in order (empty ones left out). Ratings of
    a statement whose words stay the same are kept."""
    words = [text for text in statements if text]
    kept = {s.words: s for s in module.statements.all()}
    module.statements.exclude(words__in=words).delete()
    for number, text in enumerate(words, start=1):
        statement = kept.get(text) or Statement(module=module, words=text)
        statement.number = number
        statement.save()


@transaction.atomic
@changes_project(via="project")
def module_create(*, project, by, title, able_to, age_band, minutes, statements, materials=()):
    module = TrainingModule.objects.create(
        project=project,
        title=title,
        able_to=able_to,
        age_band=age_band,
        minutes=minutes,
        written_by=by,
    )
    module.materials.set(materials)
    _statements_set(module, statements)
    audit_record(actor=by, action="module_create", target=module, project=project)
    return module


@transaction.atomic
@changes_project(via="module")
def module_update(*, module, by, title, able_to, age_band, minutes, statements, materials=()):
    module.title, module.able_to = title, able_to
    module.age_band, module.minutes = age_band, minutes
    module.save()
    module.materials.set(materials)
    _statements_set(module, statements)
    audit_record(actor=by, action="module_update", target=module, project=module.project)
    return module


@transaction.atomic
@changes_project(via="module")
def module_publish(*, module, by):
    """Out of draft: every member can take it. A module with no steps cannot be published."""
    module = TrainingModule.objects.select_for_update().get(pk=module.pk)
    if not module.steps.exists():
        raise ValidationError(NO_STEPS)
    if module.published_at is None:
        module.published_at = timezone.now()
        module.save(update_fields=["published_at"])
        audit_record(actor=by, action="module_publish", target=module, project=module.project)
    return module


@transaction.atomic
@changes_project(via="module")
def step_add(*, module, by, words):
    """A new step at the end of the module."""
    TrainingModule.objects.select_for_update().filter(pk=module.pk).first()
    last = module.steps.aggregate(last=Max("number"))["last"] or 0
    return TrainingStep.objects.create(module=module, number=last + 1, words=words)


@transaction.atomic
@changes_project(via="step.module")
def step_update(*, step, by, words):
    step.words = words
    step.save(update_fields=["words"])
    return step


@transaction.atomic
@changes_project(via="step.module")
def step_picture_add(*, step, by, processed, alt_text):
    """Store a picture already checked and cleaned by image_process; it replaces any before."""
    StepPicture.objects.filter(step=step).delete()
    picture = StepPicture(step=step, uploaded_by=by, alt_text=alt_text)
    image_store(picture, processed).save()
    return picture
