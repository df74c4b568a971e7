from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Pitch, PitchScore

OWN_IDEA = "You cannot score an idea you added yourself. Another judge will score it."
SCORED = "You have already scored this idea."


@transaction.atomic
@changes_project(via="session")
def pitch_set_up(*, session, by, ideas, judges, criteria):
    pitch, _ = Pitch.objects.update_or_create(session=session, defaults={"criteria": criteria})
    pitch.ideas.set(ideas)
    pitch.judges.set(judges)
    audit_record(actor=by, action="pitch_set_up", target=pitch, project=session.project)
    return pitch


@transaction.atomic
@changes_project(via="prototype")
def pitch_score(*, pitch, prototype, judge, marks, comment=""):
    if prototype.created_by_id == judge.pk:
        raise ValidationError(OWN_IDEA)
    try:
        with transaction.atomic():
            return PitchScore.objects.create(
                pitch=pitch,
                prototype=prototype,
                judge=judge,
                role=judge.role,
                marks=marks,
                total=sum(marks),
                comment=comment,
            )
    except IntegrityError as twice:
        raise ValidationError(SCORED) from twice
