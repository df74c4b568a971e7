from django.core.management.base import BaseCommand

from participants.notify import daily_summaries_send
from projects.retention.tasks import apply_retention_schedule


class Command(BaseCommand):
    help = (
        "Email each person who chose a daily summary one email of their new messages, and queue "
        "the day's run of the retention schedule (see apply_retention). Run it once a day, e.g. "
        "from cron. Safe to run twice."
    )

    def handle(self, *args, **options):
        sent = daily_summaries_send()
        self.stdout.write(f"Sent {sent} daily summar{'y' if sent == 1 else 'ies'}.")
        apply_retention_schedule.enqueue()
        self.stdout.write("Queued the day's retention run.")
