from django_tasks import task

from sessions.safeguarding.services.how_was_today import how_was_today_ask
from sessions.safeguarding.services.safety_info import safety_info_delete_expired


@task()
def delete_expired_safety_info():
    """Delete the safety information of sessions that ended over 7 days ago; returns how many
    went. Safe to run twice."""
    return safety_info_delete_expired()


@task()
def ask_how_was_today():
    """Ask the people who came to sessions that just ended how it was; returns how many were
    asked. Nobody is asked twice."""
    return how_was_today_ask()
