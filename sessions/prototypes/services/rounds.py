from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from projects.audit import audit_record
from projects.freshness import changes_project
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
    return test_round


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
