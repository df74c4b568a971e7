import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from projects.retention.run import describe, retention_apply
from projects.retention.tasks import apply_retention_schedule


def a_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            f"Give the date as YYYY-MM-DD, for example 2027-04-06: {value}"
        ) from error


class Command(BaseCommand):
    help = (
        "Warn people whose account is about to be removed and remove (or anonymise) every record "
        "the retention schedule says is due; nothing under a legal hold. Run it once a day "
        "(cron or the worker). Safe to run twice. With --dry-run, list what would go on the day "
        "given by --on (today if not given) and change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List, change nothing.")
        parser.add_argument("--on", type=a_date, help="The day to apply it for (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, on=None, **options):
        day = on or timezone.localdate()
        if dry_run:
            self.stdout.write(f"What would go on {day:%d %B %Y} (nothing is changed):")
            for line in retention_apply(on=day, dry_run=True):
                self.stdout.write(f"- {line.record_type.name}: {len(line.due)}")
                for record in line.due:
                    self.stdout.write(f"    {describe(record)}")
            return
        result = apply_retention_schedule.enqueue(on=day.isoformat())
        if result.is_finished:
            self.stdout.write(f"Removed {result.return_value} record(s) due on {day:%d %B %Y}.")
        else:
            self.stdout.write("The retention run is queued for the worker.")
