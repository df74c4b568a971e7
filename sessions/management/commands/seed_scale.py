"""Load a council-sized dataset for the benchmark: many projects and people, one big project."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from participants import scale as people
from projects import scale
from projects.models import FundingContribution, Organisation, Partner, Project, Stage
from projects.roles import Role

BIG_SLUG = "scale-big"
DOMAIN = "scale.codesign.test"
# The big project's own cast, one account per role, for signing in to measure each role's pages.
CAST = [(role, f"{role.value}@{DOMAIN}") for role in Role]


class Command(BaseCommand):
    help = (
        "Fill an empty database with benchmark data: many projects and people, and one big "
        "project with thousands of rows in every list. Accounts have no usable password."
    )

    def add_arguments(self, parser):
        size = parser.add_argument
        size("--projects", type=int, default=200, help="Projects in all (default 200).")
        size("--people", type=int, default=10_000, help="People in all (default 10,000).")
        size("--big-people", type=int, default=2_000, help="People in the big project.")
        size("--decisions", type=int, default=500, help="Decisions in the big project.")
        size("--spending", type=int, default=1_000, help="Spending records in the big project.")
        size("--stage-moves", type=int, default=200, help="Stage moves in the big project.")
        size("--updates", type=int, default=200, help="Updates in the big project.")
        size("--files", type=int, default=200, help="Files in the big project.")
        size("--words", type=int, default=200, help="Project words in the big project.")
        size("--invitations", type=int, default=300, help="Open invitations in the big project.")

    def handle(self, *args, **sizes):
        self._check(sizes)
        if Project.objects.filter(slug=BIG_SLUG).exists():
            raise CommandError(
                f"The scale data is already loaded (there is a project “{BIG_SLUG}”). "
                "It is meant for an empty database: run it once, on a fresh one."
            )
        with transaction.atomic():
            big, cast = self._big_project(sizes)
            self._other_projects(sizes, cast)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {sizes['projects']} projects and {sizes['people']} people; "
                f"the big project is /projects/{BIG_SLUG}/ with {sizes['big_people']} people."
            )
        )

    def _check(self, sizes):
        if any(value < 0 for value in sizes.values() if isinstance(value, int)):
            raise CommandError("Sizes cannot be negative.")
        if sizes["projects"] < 1:
            raise CommandError("There must be at least one project: the big one.")
        if sizes["big_people"] < len(CAST):
            raise CommandError(f"The big project needs at least {len(CAST)} people, one a role.")
        if sizes["people"] < sizes["big_people"]:
            raise CommandError("--people counts everyone, so it cannot be less than --big-people.")

    def _big_project(self, sizes):
        emails = [email for _, email in CAST] + [
            f"person{n}@{DOMAIN}" for n in range(1, sizes["big_people"] - len(CAST) + 1)
        ]
        users = people.bulk_users(emails)
        lead = users[0]
        big = Project.objects.create(
            title="Support for care leavers across the council",
            slug=BIG_SLUG,
            summary="Young care leavers, staff and managers design support together.",
            aim="Support that care leavers say works for them.",
            area="Across the council",
            stage=Stage.PROTOTYPING,
            is_public=True,
            payment_policy="Paid at the hourly rate, or a voucher if preferred.",
            created_by=lead,
        )
        cast_roles = [role for role, _ in CAST]
        rest = people.ROLE_MIX
        members = people.bulk_members(big, users[: len(CAST)], roles=cast_roles)
        members += people.bulk_members(big, users[len(CAST) :], roles=rest, invited_by=lead)
        people.bulk_needs(members)
        people.bulk_invitations(big, sizes["invitations"], invited_by=lead)
        partners = self._partners(big, lead)
        scale.top_up_decisions(big, sizes["decisions"], by=lead)
        scale.top_up_spending(big, sizes["spending"], partners=partners, by=lead)
        scale.top_up_stage_moves(big, sizes["stage_moves"], by=lead)
        scale.top_up_updates(big, sizes["updates"], by=lead)
        scale.top_up_resources(big, sizes["files"], by=lead)
        scale.top_up_glossary_terms(big, sizes["words"], by=lead)
        return big, dict(zip(cast_roles, users, strict=False))

    def _partners(self, project, lead):
        kinds = Organisation.Kind.values
        organisations = Organisation.objects.bulk_create(
            Organisation(name=f"Scale partner {n}", kind=kinds[n % len(kinds)]) for n in range(1, 9)
        )
        roles = Partner.PartnerRole.values
        partners = Partner.objects.bulk_create(
            Partner(project=project, organisation=org, roles=[roles[n % len(roles)]])
            for n, org in enumerate(organisations)
        )
        FundingContribution.objects.bulk_create(
            FundingContribution(
                project=project,
                partner=partner,
                kind=FundingContribution.Kind.CASH,
                amount_pence=2_500_000,
                covers=[["facilitators", "materials"], ["travel"], ["venues"]][n % 3],
                description="Grant for the year",
                created_by=lead,
            )
            for n, partner in enumerate(partners * 2)
        )
        return partners

    def _other_projects(self, sizes, cast):
        count = sizes["projects"] - 1
        others = sizes["people"] - sizes["big_people"]
        if count < 1:
            return
        projects = Project.objects.bulk_create(
            Project(
                title=f"Project {n:03}",
                slug=f"scale-{n:03}",
                summary="A smaller project.",
                stage=Stage.values[n % len(Stage.values)],
            )
            for n in range(1, count + 1)
        )
        users = people.bulk_users([f"other{n}@{DOMAIN}" for n in range(1, others + 1)])
        share = -(-len(users) // count) if users else 0
        for index, project in enumerate(projects):
            group = users[index * share : (index + 1) * share]
            if group:
                people.bulk_members(project, group[:1], roles=[Role.LEAD])
                people.bulk_members(project, group[1:])
        # The big project's young person and lead also take part in a few smaller ones.
        for role in (Role.YOUNG_PERSON, Role.LEAD):
            people.bulk_members(projects[0], [cast[role]], roles=[role])
            if len(projects) > 1:
                people.bulk_members(projects[1], [cast[role]], roles=[Role.STAFF])
