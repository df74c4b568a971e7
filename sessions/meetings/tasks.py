from django_tasks import task

from sessions.meetings.services.reminders import reminders_send


@task()
def send_session_reminders():
    """Send the session reminders that are due; returns how many. Safe to run twice."""
    return reminders_send()
