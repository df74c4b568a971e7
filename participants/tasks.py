from django_tasks import task

from participants.notify import daily_summaries_send


@task()
def send_daily_summaries():
    """Run once a day (see the send_daily_summaries command); returns how many were sent."""
    return daily_summaries_send()
