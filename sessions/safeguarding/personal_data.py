"""What keeping people safe holds about one person as their own: the safety information they
gave for sessions and their "How was today?" answers, for their "all your data" page and
download, and deleted with their account. Only their own rows: never anyone else's. A worry
they passed on is a concern, kept by the project (see register.py), and is not listed here.
"""

from participants.registries.personal_data import Rows, moment
from sessions.models import DayAnswer, SafetyInfo


def _yes_no(value):
    return "Yes" if value else "No"


SAFETY_INFO = Rows(
    query=lambda user: (
        SafetyInfo.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("session__starts_at", "pk")
    ),
    columns={
        "Project": lambda info: info.session.project.title,
        "Session": lambda info: info.session.title,
        "When": lambda info: moment(info.session.starts_at),
        "Emergency contact": lambda info: info.contact_name,
        "Who they are to you": lambda info: info.contact_relationship,
        "Their phone number": lambda info: info.contact_phone,
        "Health notes": lambda info: info.health_notes,
    },
)

DAY_ANSWERS = Rows(
    query=lambda user: (
        DayAnswer.objects.filter(participant__user=user)
        .select_related("session__project")
        .order_by("session__starts_at", "pk")
    ),
    columns={
        "Project": lambda answer: answer.session.project.title,
        "Session": lambda answer: answer.session.title,
        "Your answer": lambda answer: answer.get_feeling_display(),
        "What you wrote": lambda answer: answer.words,
        "Your name and words may be seen by the people who ran it": lambda answer: _yes_no(
            answer.shared
        ),
        "You told the safeguarding lead you were worried": lambda answer: _yes_no(
            answer.concern_id
        ),
        "Answered": lambda answer: moment(answer.answered_at),
    },
)


def safety_data_forget(*, user, participants, remove_contributions):
    SafetyInfo.objects.filter(participant__in=participants).delete()
    DayAnswer.objects.filter(participant__in=participants).delete()


HELD = [
    {
        "key": "session_safety_info",
        "title": "Your safety information for sessions",
        "collect": SAFETY_INFO,
        "forget": safety_data_forget,
        "order": 11,
    },
    {"key": "how_was_today", "title": "Your answers to “How was today?”", "collect": DAY_ANSWERS},
]
