from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from participants.seed import demo as people_demo
from participants.seed import demo_no_email as no_email_demo
from projects.seed import demo as project_demo
from projects.seed import demo_retention
from sessions.credentials import demo as demo_credentials
from sessions.evidence import demo as demo_evidence
from sessions.meetings import demo as sessions_demo
from sessions.payments import demo as demo_payments
from sessions.prototypes import demo as demo_prototypes
from sessions.safeguarding import demo as demo_safeguarding
from sessions.training import demo as demo_training
from sessions.training import demo_delivery


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
            demo_retention.chapter_retention(project, lead=lead)
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
            demo_training.chapter_training(project, users, facilitator=facilitator)
            demo_delivery.chapter_training_session(project, facilitator=facilitator, lead=lead)
            demo_credentials.chapter_credentials(project, jay)
            demo_safeguarding.chapter_safeguarding(project, users, lead=lead)
            demo_evidence.chapter_working_group_places(project, users, lead=lead)
            people_demo.chapter_network(lead)

        self._print_logins(project, jay, kirsty_card)

    def _print_logins(self, project, jay, kirsty_card):
        """The short block a newcomer needs, last: who to sign in as, what to try, the codes."""
        out = self.stdout.write
        home = f"/projects/{project.slug}/"
        out("")
        out(self.style.SUCCESS(f"The demo is ready: {project.title}, at {home}"))
        out(f"Sign in as any of these; every password is {people_demo.DEMO_PASSWORD}")
        for email, name, role in people_demo.DEMO_CAST:
            out(f"  {role.label:<16} {email:<34} {name:<30} {TRY[email]}")
        requester, requester_name = people_demo.DEMO_REQUESTER
        out(f"  {'Asked to join':<16} {requester:<34} {requester_name:<30} {TRY[requester]}")
        out(
            f"  {'Young person':<16} {no_email_demo.NO_EMAIL_SIGN_IN:<34} "
            f"{no_email_demo.NO_EMAIL_NAME + ' (no email)':<30} {TRY['no email']}"
        )
        out("Printed codes:")
        out(f"  Jay's card, to check him in at today's session: {jay.grouped_card_code}")
        out(
            f"  Kirsty (takes part offline, no email), invitation: {kirsty_card.grouped_code} "
            "(type it at /join/)"
        )
        out(_where_messages_go())


# What to try as each person, in a few words.
TRY = {
    "lead@demo.codesign.test": "plan sessions, decide claims, post letters, invite your network",
    "local.lead@demo.codesign.test": "invite people by printed card",
    "facilitator@demo.codesign.test": "check Jay in today with his card's code",
    "young.person@demo.codesign.test": "reply to a session, claim, comment on ideas, your hours",
    "young.person2@demo.codesign.test": "say what helps you take part",
    "staff@demo.codesign.test": "safeguarding lead: the concerns register",
    "manager@demo.codesign.test": "review outcomes, read the report, the council's network",
    "sam@demo.codesign.test": "(as the lead: approve Sam, who chose texts)",
    "no email": "Messages: a place may come free",
}


def _where_messages_go():
    if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
        return (
            f"Emails and texts the demo sends are kept in {settings.EMAIL_FILE_PATH}/ and "
            f"{settings.TEXT_FILE}, not printed here; people read them in Messages on the site."
        )
    return "People read what the demo sent them in Messages on the site."
