from django.core.management.base import BaseCommand

from sessions.meetings.tasks import send_held_texts, send_session_reminders


class Command(BaseCommand):
    help = (
        "Queue the session reminders that are due: the day before to people coming, and a "
        "nudge two days before to people who have not replied; and the texts held through the "
        "night, once it is morning. Run it every hour (cron or the worker). Safe to run twice: "
        "no reminder or text is ever sent twice."
    )

    def handle(self, *args, **options):
        result = send_session_reminders.enqueue()
        if result.is_finished:
            sent = result.return_value
            self.stdout.write(f"Sent {sent} reminder{'' if sent == 1 else 's'}.")
        else:
            self.stdout.write("Reminders queued for the worker.")
        held = send_held_texts.enqueue()
        if held.is_finished:
            sent = held.return_value
            self.stdout.write(f"Sent {sent} text{'' if sent == 1 else 's'} held through the night.")
