from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from participants.notify import notify
from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import Pitch, PitchScore

OWN_IDEA = "You cannot score an idea you added yourself. Another judge will score it."
SCORED = "You have already scored this idea."


@transaction.atomic
@changes_project(via="session")
def pitch_set_up(*, session, by, ideas, judges, criteria):
    pitch, _ = Pitch.objects.update_or_create(session=session, defaults={"criteria": criteria})
    already = set(pitch.judges.values_list("pk", flat=True))
    pitch.ideas.set(ideas)
    pitch.judges.set(judges)
    audit_record(actor=by, action="pitch_set_up", target=pitch, project=session.project)
    new = [judge.pk for judge in judges if judge.pk not in already]
    for judge in Participant.objects.filter(pk__in=new, user__isnull=False).select_related("user"):
        _tell_judge(judge, session)
    return pitch


def _tell_judge(judge, session):
    starts = timezone.localtime(session.starts_at)
    notify(
        user=judge.user,
        project=session.project,
        subject=f"You are a judge at “{session.title}”",
        body=(
            f"You are on the panel for “{session.title}” on {starts:%A %-d %B} at "
            f"{starts:%H:%M}. On the day you score each idea on the pitch page; you never "
            "score an idea you suggested yourself."
        ),
        link=reverse("sessions:pitch", kwargs={"slug": session.project.slug, "pk": session.pk}),
        action="See the pitch",
    )


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
