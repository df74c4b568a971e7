"""What the sessions app forgets when a person deletes their account.

Replies stay, attached to "A former participant", so session counts and attendance figures
still add up; what the person told us about themselves for a session goes, and so do their
tags on photos. Their calendar settings go with the account itself.
"""

from sessions.models import Attendance, SessionPhoto


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
