from django.core.management.base import BaseCommand

from sessions.meetings.tasks import send_held_texts, send_session_reminders
from sessions.safeguarding.tasks import ask_how_was_today, delete_expired_safety_info


class Command(BaseCommand):
    help = (
        "Queue the session reminders that are due: the day before to people coming, and a "
        "nudge two days before to people who have not replied; and the texts held through the "
        'night, once it is morning; "How was today?" to the people who came to a session '
        "that has ended; and the deletion of the safety information given for sessions that "
        "ended over 7 days ago. Run it every hour (cron or the worker). Safe to run twice: no "
        "reminder, question or text is ever sent twice."
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
        asked = ask_how_was_today.enqueue()
        if asked.is_finished:
            count = asked.return_value
            self.stdout.write(f"Asked {count} {'person' if count == 1 else 'people'} how it was.")
        deleted = delete_expired_safety_info.enqueue()
        if deleted.is_finished:
            count = deleted.return_value
            self.stdout.write(
                f"Deleted the safety information of {count} "
                f"{'person' if count == 1 else 'people'} from past sessions."
            )
