"""What ideas and prototypes hold about one person, for their "all your data" page and
download, and what goes when they delete their account."""

from django.utils import timezone

from participants.registries.personal_data import Rows, moment
from sessions.models import (
    Comment,
    EvaluationSheet,
    Feedback,
    PitchScore,
    Prototype,
    PrototypeImage,
)

IDEAS = Rows(
    query=lambda user: (
        Prototype.objects.filter(created_by__user=user)
        .select_related("project")
        .order_by("created_at", "pk")
    ),
    columns={
        "Project": lambda idea: idea.project.title,
        "Idea": lambda idea: idea.title,
        "What it is": lambda idea: idea.description,
        "Added": lambda idea: moment(idea.created_at),
    },
)

COMMENTS = Rows(
    query=lambda user: (
        Comment.objects.filter(author__user=user)
        .select_related("prototype__project")
        .order_by("created_at", "pk")
    ),
    columns={
        "Project": lambda c: c.prototype.project.title,
        "Idea": lambda c: c.prototype.title,
        "Your comment": lambda c: "(you deleted it)" if c.is_deleted else c.body,
        "Written": lambda c: moment(c.created_at),
        "Your name hidden from other participants": lambda c: "Yes" if c.hide_name else "No",
        "Hidden by a facilitator": lambda c: f"Yes: {c.hidden_reason}" if c.is_hidden else "No",
    },
)

FEEDBACK = Rows(
    query=lambda user: (
        Feedback.objects.filter(participant__user=user)
        .select_related("round__prototype__project")
        .order_by("at", "pk")
    ),
    columns={
        "Project": lambda a: a.round.prototype.project.title,
        "Question": lambda a: a.round.question,
        "Your rating (1 to 5)": lambda a: a.useful,
        "Your comment": lambda a: a.comment,
        "Answered": lambda a: moment(a.at),
    },
)

SHEETS = Rows(
    query=lambda user: (
        EvaluationSheet.objects.filter(written_by__user=user)
        .select_related("prototype__project")
        .order_by("created_at", "pk")
    ),
    columns={
        "Project": lambda s: s.prototype.project.title,
        "Idea": lambda s: s.prototype.title,
        "What we learnt": lambda s: s.learnt,
        "Written": lambda s: moment(s.created_at),
    },
)

PITCH_SCORES = Rows(
    query=lambda user: (
        PitchScore.objects.filter(judge__user=user)
        .select_related("pitch__session__project", "prototype")
        .order_by("at", "pk")
    ),
    columns={
        "Project": lambda s: s.pitch.session.project.title,
        "Pitch": lambda s: s.pitch.session.title,
        "Idea": lambda s: s.prototype.title,
        "Your scores": lambda s: ", ".join(str(mark) for mark in s.marks),
        "Your comment": lambda s: s.comment,
    },
)


def prototype_data_forget(*, user, participants, remove_contributions):
    """Ideas, comments, evaluation sheets, test answers and pitch scores. Kept, they show as
    "A former participant"; removed, the person's comments, answers and scores go. An idea or
    a sheet is the group's work, so it stays either way, without the person's name. Replies
    other people wrote to a removed comment stay, under "Deleted by the person who wrote it"."""
    for picture in PrototypeImage.objects.filter(tagged__in=participants).distinct():
        picture.tagged.remove(*participants)
    if not remove_contributions:
        return
    Prototype.objects.filter(created_by__in=participants).update(created_by=None)
    EvaluationSheet.objects.filter(written_by__in=participants).update(written_by=None)
    Feedback.objects.filter(participant__in=participants).delete()
    PitchScore.objects.filter(judge__in=participants).delete()
    theirs = Comment.objects.filter(author__in=participants)
    answered = theirs.filter(replies__isnull=False).distinct()
    Comment.objects.filter(pk__in=answered.values("pk")).update(
        body="", deleted_at=timezone.now(), author=None, hide_name=False
    )
    theirs.exclude(pk__in=answered.values("pk")).delete()


HELD = [
    {
        "key": "ideas",
        "title": "Ideas you added",
        "collect": IDEAS,
        "forget": prototype_data_forget,
        "order": 40,
    },
    {"key": "comments", "title": "Your comments on ideas", "collect": COMMENTS},
    {"key": "feedback", "title": "Your answers to test rounds", "collect": FEEDBACK},
    {"key": "sheets", "title": "Evaluation sheets you wrote", "collect": SHEETS},
    {"key": "pitch_scores", "title": "Your scores as a judge", "collect": PITCH_SCORES},
]
