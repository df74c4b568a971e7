from django.core.management.base import BaseCommand

from projects.retention.docs import DOCS_FILE, docs_path, schedule_markdown


class Command(BaseCommand):
    help = "Write docs/retention.md from the retention schedule registered in the code."

    def handle(self, *args, **options):
        docs_path().write_text(schedule_markdown())
        self.stdout.write(f"Wrote {DOCS_FILE}.")
