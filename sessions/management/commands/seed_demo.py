from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from participants import demo as people_demo
from projects import demo as project_demo
from projects.glossary import seed_site_glossary


class Command(BaseCommand):
    help = "Create (or refresh) the demo project from the reference story and print its logins."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off. The demo accounts share a known password.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo makes accounts with a known password, so it only runs when DEBUG is on. "
                "Use --force if you really mean it."
            )
        with transaction.atomic():
            users = people_demo.seed_users()
            lead = users[people_demo.DEMO_CAST[0][0]]
            project = project_demo.seed_project(lead=lead)
            people_demo.seed_people(project, users)
            project = project_demo.seed_public_page(project, lead=lead)
            people_demo.seed_needs_and_consents(project, users)
            seed_site_glossary()
            facilitator = users["facilitator@demo.codesign.test"]
            project_demo.seed_stage_history(project, lead=lead)
            people_demo.seed_working_group(project)
            project_demo.seed_decisions(project, recorded_by=facilitator)
            project_demo.seed_project_words(project, created_by=facilitator)
            project_demo.seed_partnership(project, lead)
            kirsty_card = people_demo.seed_joining(project, users)

        self.stdout.write(self.style.SUCCESS(f"Demo project ready: /projects/{project.slug}/"))
        self.stdout.write(f"Its public page: /p/{project.slug}/")
        self.stdout.write(f"Every demo login uses the password: {people_demo.DEMO_PASSWORD}")
        for email, name, role in people_demo.DEMO_CAST:
            self.stdout.write(f"  {role.label:<16} {email:<36} {name}")
        self.stdout.write(
            f"  {'Asked to join':<16} {people_demo.DEMO_REQUESTER[0]:<36} "
            f"{people_demo.DEMO_REQUESTER[1]}"
        )
        self.stdout.write(
            f"Kirsty takes part offline, with no email. Her invitation code: "
            f"{kirsty_card.grouped_code} (type it at /join/ to claim her place)"
        )
