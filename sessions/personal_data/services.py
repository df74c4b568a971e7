"""What the sessions app forgets when a person deletes their account.

Replies stay, attached to "A former participant", so session counts and attendance figures
still add up; what the person told us about themselves for a session goes, and so do their
tags on photos. Their calendar settings go with the account itself.
"""

from django.utils import timezone

from sessions.models import (
    Attendance,
    Claim,
    Comment,
    EvaluationSheet,
    Feedback,
    PitchScore,
    Prototype,
    PrototypeImage,
    SessionPhoto,
)


def session_data_forget(*, user, participants, remove_contributions):
    Attendance.objects.filter(participant__in=participants).update(
        answer_1="",
        answer_2="",
        answer_3="",
        needs_childcare=False,
        needs_travel=False,
        needs_other="",
        show_name=False,
    )
    for photo in SessionPhoto.objects.filter(tagged__in=participants).distinct():
        photo.tagged.remove(*participants)


def claims_forget(*, user, participants, remove_contributions):
    """Claims where no money moved (waiting or declined) go, with their receipts. Approved and
    paid claims are the project's financial records: they stay, with their receipts as the
    evidence for the accounts, attached to "A former participant" once the name is removed."""
    unpaid = Claim.objects.filter(
        participant__in=participants, status__in=[Claim.Status.WAITING, Claim.Status.DECLINED]
    )
    # The receipts go from storage only once the deletion is saved (codesign.runtime.stored_files).
    unpaid.delete()


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
