from django_tasks import task

from participants.notify import daily_summaries_send
from participants.notify.deliveries import delivery_send


@task()
def send_daily_summaries():
    """Run once a day (see the send_daily_summaries command); returns how many were sent."""
    return daily_summaries_send()


@task()
def deliver(*, delivery_id):
    """Send one message on one channel through its gateway (see participants.notify.deliveries)."""
    return str(delivery_send(delivery_id))
