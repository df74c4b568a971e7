from django_tasks import task

from participants.notify import held_texts_send
from sessions.meetings.services.reminders import reminders_send


@task()
def send_session_reminders():
    """Send the session reminders that are due; returns how many. Safe to run twice."""
    return reminders_send()


@task()
def send_held_texts():
    """Send the texts held through the night once their morning has come; returns how many."""
    return held_texts_send()
