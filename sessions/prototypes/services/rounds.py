from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from participants.models import Participant
from participants.notify import notify
from projects.audit import audit_record
from projects.freshness import changes_project
from projects.roles import MemberStatus
from sessions.models import Feedback, Prototype, TestRound

NOT_OPEN_YET = "This test round has not opened yet. You can answer from {when}."
CLOSED = "This test round has closed, so it takes no more answers."
ANSWERED = "You have already answered this test round. Thank you."


@transaction.atomic
@changes_project(via="prototype")
def test_round_open(*, prototype, by, question, opens_at, closes_at):
    test_round = TestRound.objects.create(
        prototype=prototype, question=question, opens_at=opens_at, closes_at=closes_at, opened_by=by
    )
    if prototype.status in (Prototype.Status.IDEA, Prototype.Status.PROTOTYPE):
        prototype.status = Prototype.Status.TESTING
        prototype.save(update_fields=["status", "updated_at"])
    audit_record(actor=by, action="test_round_open", target=test_round, project=prototype.project)
    _tell_members(test_round, by=by)
    return test_round


def _tell_members(test_round, *, by):
    """Everyone in the project but whoever opened it hears that a question waits for them."""
    prototype = test_round.prototype
    closes = timezone.localtime(test_round.closes_at)
    members = Participant.objects.filter(
        project=prototype.project, status=MemberStatus.ACTIVE, user__is_active=True
    ).select_related("user")
    for member in members.exclude(user=by).exclude(user__isnull=True):
        notify(
            user=member.user,
            project=prototype.project,
            subject=f"A question about “{prototype.title}”",
            body=f"{test_round.question}\n\nAnswer by {closes:%A %-d %B, %H:%M}. It takes a "
            "minute, and nobody sees who answered what.",
            link=reverse(
                "prototypes:round", args=[prototype.project.slug, prototype.pk, test_round.pk]
            ),
            action="Answer the question",
        )


def feedback_refusal(*, test_round, participant, now=None):
    """Why this person cannot answer now, in plain words, or None."""
    now = now or timezone.now()
    if now < test_round.opens_at:
        when = timezone.localtime(test_round.opens_at)
        return NOT_OPEN_YET.format(when=f"{when:%-d %B %Y, %H:%M}")
    if test_round.has_closed(now):
        return CLOSED
    if test_round.answers.filter(participant=participant).exists():
        return ANSWERED
    return None


@transaction.atomic
@changes_project(via="participant")
def feedback_give(*, test_round, participant, useful, comment=""):
    refusal = feedback_refusal(test_round=test_round, participant=participant)
    if refusal:
        raise ValidationError(refusal)
    try:
        with transaction.atomic():
            return Feedback.objects.create(
                round=test_round,
                participant=participant,
                role=participant.role,
                useful=useful,
                comment=comment,
            )
    except IntegrityError as twice:
        raise ValidationError(ANSWERED) from twice
