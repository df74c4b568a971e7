from django.core.management.base import BaseCommand

from projects.selectors.glossary import SITE_WORDS, seed_site_glossary


class Command(BaseCommand):
    help = (
        "Add the site-wide glossary of hard words and their plain meanings. Safe to run again: "
        "it only adds words that are missing and never changes ones already there."
    )

    def handle(self, *args, **options):
        added = seed_site_glossary()
        self.stdout.write(
            self.style.SUCCESS(f"Glossary ready: {added} of {len(SITE_WORDS)} words added.")
        )
