"""What meetings hold about one person, for their "all your data" page and download, and what
goes when they delete their account. Only the person's own answers: never who else replied,
was tagged or came.

Replies stay, attached to "A former participant", so session counts and attendance figures
still add up; what the person told us about themselves for a session goes, and so do their
tags on photos. Their calendar settings go with the account itself.
"""

from participants.registries.personal_data import Rows, moment
from sessions.models import Attendance, Availability, CalendarSettings, OfflineAction, SessionPhoto


def _needed(reply):
    wanted = [
        (reply.needs_childcare, "childcare"),
        (reply.needs_travel, "help with travel"),
        (bool(reply.needs_other), reply.needs_other),
    ]
    return ", ".join(words for asked, words in wanted if asked) or "Nothing"


def _yes_no(value):
    return "Yes" if value else "No"


REPLIES = Rows(
    query=lambda user: (
        Attendance.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("session__starts_at", "pk")
    ),
    columns={
        "Project": lambda reply: reply.session.project.title,
        "Session": lambda reply: reply.session.title,
        "When": lambda reply: moment(reply.session.starts_at),
        "Your reply": lambda reply: reply.get_reply_display() or "No reply yet",
        "What you needed this time": _needed,
        "Your name shown on the list of who is coming": lambda reply: _yes_no(reply.show_name),
        "You came": lambda reply: _yes_no(reply.attended),
    },
    more=lambda reply: reply.answers(),
)

TIME_ANSWERS = Rows(
    query=lambda user: (
        Availability.objects.filter(participant__user=user)
        .select_related("option__poll__project")
        .order_by("option__starts_at", "pk")
    ),
    columns={
        "Project": lambda a: a.option.poll.project.title,
        "Finding a time for": lambda a: a.option.poll.title,
        "Time": lambda a: moment(a.option.starts_at),
        "Your answer": lambda a: a.get_answer_display(),
    },
)

CALENDAR = Rows(
    query=lambda user: CalendarSettings.objects.filter(user=user),
    columns={
        "Private calendar address": lambda c: "Turned on" if c.feed_token else "Turned off",
        "Session reminders": lambda c: "On" if c.reminders_on else "Off",
    },
)

PHOTOS_TAGGED = Rows(
    query=lambda user: (
        SessionPhoto.objects.filter(tagged__user=user)
        .select_related("session__project")
        .order_by("uploaded_at", "pk")
        .distinct()
    ),
    columns={
        "Project": lambda p: p.session.project.title,
        "Session": lambda p: p.session.title,
        "Photo": lambda p: p.alt_text,
        "Added": lambda p: moment(p.uploaded_at),
    },
)

SENT_LATER = Rows(
    query=lambda user: (
        OfflineAction.objects.filter(user=user)
        .select_related("session__project")
        .order_by("received_at", "pk")
    ),
    columns={
        "Project": lambda a: a.session.project.title,
        "Session": lambda a: a.session.title,
        "Done on your phone": lambda a: moment(a.made_at),
        "Sent": lambda a: moment(a.received_at),
        "What happened": lambda a: a.message,
    },
)


def sent_later_forget(*, user, participants, remove_contributions):
    """Only the record that each was received: what they did stays where it was done."""
    OfflineAction.objects.filter(user=user).delete()


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


HELD = [
    {
        "key": "session_replies",
        "title": "Your replies to sessions",
        "collect": REPLIES,
        "forget": session_data_forget,
        "order": 10,
    },
    {"key": "time_answers", "title": "Times you said you could come", "collect": TIME_ANSWERS},
    {"key": "calendar", "title": "Your calendar and reminders", "collect": CALENDAR},
    {"key": "photos_tagged", "title": "Photos you are tagged in", "collect": PHOTOS_TAGGED},
    {
        "key": "sent_later",
        "title": "What you did with no signal, sent later from your phone",
        "collect": SENT_LATER,
        "forget": sent_later_forget,
    },
]
