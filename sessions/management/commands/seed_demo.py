from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from participants.seed import demo as people_demo
from participants.seed import demo_no_email as no_email_demo
from projects.seed import demo as project_demo
from sessions.meetings import demo as sessions_demo
from sessions.payments import demo as demo_payments
from sessions.prototypes import demo as demo_prototypes
from sessions.safeguarding import demo as demo_safeguarding


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
            # The story in order: people, the project, the partnership, joining, the stages and
            # the work. Each app and part tells its own chapters (projects/seed/demo.py,
            # participants/seed/demo.py, sessions/<part>/demo.py).
            users = people_demo.chapter_people()
            lead = users[people_demo.DEMO_CAST[0][0]]
            facilitator = users["facilitator@demo.codesign.test"]
            project = project_demo.chapter_project(lead=lead)
            project_demo.chapter_partnership(project, lead=lead)
            kirsty_card = people_demo.chapter_joining(project, users)
            project_demo.chapter_stages(project, lead=lead, facilitator=facilitator)
            people_demo.chapter_working_group(project)
            jay = sessions_demo.chapter_sessions(project, users)
            demo_prototypes.chapter_prototypes(project, users)
            demo_prototypes.chapter_pack_outcome(project, users)
            project_demo.chapter_outcomes(project, users=users, facilitator=facilitator)
            project_demo.chapter_reflections(project, users=users)
            project_demo.chapter_ladder(project, users=users)
            demo_payments.chapter_payments(project, users, lead=lead)
            demo_safeguarding.chapter_safeguarding(project, users, lead=lead)

        self.stdout.write(self.style.SUCCESS(f"Demo project ready: /projects/{project.slug}/"))
        self.stdout.write(f"Its public page: /p/{project.slug}/")
        self.stdout.write(
            f"Sessions: /projects/{project.slug}/sessions/ (to try check-in as the facilitator, "
            f"Jay's card code is {jay.grouped_card_code})"
        )
        self.stdout.write(
            f"Payments: /projects/{project.slug}/payments/ (Jay's claim for the evening "
            "workshop is paid; the lead sees the queue, rates and finance export)"
        )
        self.stdout.write(
            f"Ideas, comments, a test round and a pitch: /projects/{project.slug}/prototypes/"
        )
        self.stdout.write(
            f"Safeguarding: Fiona is the safeguarding lead and alone sees the closed concern at "
            f"/projects/{project.slug}/safeguarding/; vetting checks at "
            f"/projects/{project.slug}/safeguarding/vetting/ (Priya's runs out soon)"
        )
        self.stdout.write(f"Every demo login uses the password: {people_demo.DEMO_PASSWORD}")
        for email, name, role in people_demo.DEMO_CAST:
            self.stdout.write(f"  {role.label:<16} {email:<36} {name}")
        self.stdout.write(
            f"  {'Asked to join':<16} {people_demo.DEMO_REQUESTER[0]:<36} "
            f"{people_demo.DEMO_REQUESTER[1]} (chose texts: approve Sam to see one printed)"
        )
        self.stdout.write(
            f"  {'Young person':<16} {no_email_demo.NO_EMAIL_SIGN_IN:<36} "
            f"{no_email_demo.NO_EMAIL_NAME} (no email: signs in with this sign-in name)"
        )
        self.stdout.write(
            f"Kirsty takes part offline, with no email. Her invitation code: "
            f"{kirsty_card.grouped_code} (type it at /join/ to claim her place)"
        )
