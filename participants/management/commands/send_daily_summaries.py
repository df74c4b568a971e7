from django.core.management.base import BaseCommand

from participants.notify import daily_summaries_send


class Command(BaseCommand):
    help = (
        "Email each person who chose a daily summary one email of their new messages. "
        "Run it once a day, e.g. from cron. Safe to run twice."
    )

    def handle(self, *args, **options):
        sent = daily_summaries_send()
        self.stdout.write(f"Sent {sent} daily summar{'y' if sent == 1 else 'ies'}.")
