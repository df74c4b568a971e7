"""Load a council-sized dataset for the benchmark: many projects and people, one big project."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from participants.seed import scale as people
from projects.models import (
    FundingContribution,
    Organisation,
    OutcomeReview,
    Partner,
    Project,
    Stage,
)
from projects.roles import Role
from projects.seed import scale
from sessions import scale as activity
from sessions.models import (
    Attendance,
    Comment,
    EvaluationSheet,
    Feedback,
    PrototypeVersion,
    TestRound,
)
from sessions.safeguarding import scale as safeguarding

BIG_SLUG = "scale-big"
DOMAIN = "scale.codesign.test"
# The big project's own cast, one account per role, for signing in to measure each role's pages.
CAST = [(role, f"{role.value}@{DOMAIN}") for role in Role]
# Sizes that need another size above zero: replies need sessions, comments need ideas…
NEEDS = {
    "replies": "sessions",
    "versions": "ideas",
    "comments": "ideas",
    "test_rounds": "ideas",
    "feedback": "test_rounds",
    "sheets": "ideas",
    "reviews": "outcomes",
    "claims": "replies",
}


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
        size("--sessions", type=int, default=300, help="Sessions, past and upcoming.")
        size("--replies", type=int, default=4_000, help="Replies to sessions (and attendance).")
        size("--ideas", type=int, default=300, help="Ideas and prototypes.")
        size("--versions", type=int, default=600, help="Versions of prototypes.")
        size("--comments", type=int, default=2_000, help="Comments on ideas.")
        size("--test-rounds", type=int, default=100, help="Test rounds on prototypes.")
        size("--feedback", type=int, default=1_500, help="Answers to test rounds.")
        size("--sheets", type=int, default=150, help="Evaluation sheets.")
        size("--outcomes", type=int, default=200, help="Outcomes.")
        size("--reviews", type=int, default=400, help="Reviews of outcomes by staff and managers.")
        size("--reflections", type=int, default=200, help="Reflections for the report.")
        size("--ratings", type=int, default=300, help="Ratings on the ladder of participation.")
        size("--claims", type=int, default=600, help="Payment claims, from waiting to paid.")
        size("--messages", type=int, default=300, help="Messages in a young person's inbox.")
        size("--concerns", type=int, default=200, help="Concerns raised in the big project.")

    def handle(self, *args, **sizes):
        self._check(sizes)
        if Project.objects.filter(slug=BIG_SLUG).exists():
            raise CommandError(
                f"The scale data is already loaded (there is a project “{BIG_SLUG}”). "
                "It is meant for an empty database: run it once, on a fresh one."
            )
        with transaction.atomic():
            big, cast = self._big_project(sizes)
            top_up_activity(big, sizes)
            self._other_projects(sizes, cast)
        # Fresh statistics for the query planner, as a database in use would have: without
        # them PostgreSQL guesses the sizes of the new tables and can choose slow plans.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {sizes['projects']} projects and {sizes['people']} people; "
                f"the big project is /projects/{BIG_SLUG}/ with {sizes['big_people']} people, "
                f"{sizes['sessions']} sessions, {sizes['ideas']} ideas, "
                f"{sizes['outcomes']} outcomes and {sizes['claims']} claims."
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
        for size, needed in NEEDS.items():
            if sizes[size] and not sizes[needed]:
                raise CommandError(f"{_option(size)} needs at least one of {_option(needed)}.")
        for size, each in (("replies", "sessions"), ("feedback", "test_rounds")):
            if sizes[size] > sizes[each] * sizes["big_people"]:
                raise CommandError(
                    f"Each person answers once, so {_option(size)} can be at most "
                    f"{_option(each)} times --big-people."
                )
        if sizes["ratings"] > sizes["big_people"]:
            raise CommandError(
                "Each person rates once, so --ratings cannot be more than --big-people."
            )

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
        young = users[[role for role, _ in CAST].index(Role.YOUNG_PERSON)]
        people.bulk_messages(big, young, sizes["messages"])
        partners = self._partners(big, lead)
        # The lead also leads the organisation leading the project, and the frontline staff
        # member is its safeguarding lead: its pages, and the concern register, are measured
        # as them.
        officer = users[[role for role, _ in CAST].index(Role.STAFF)]
        safeguarding.organisation_people(big, lead=lead, officer=officer)
        safeguarding.top_up_concerns(big, sizes["concerns"], by=lead)
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
            Organisation(
                name=f"Scale partner {n}", slug=f"scale-partner-{n}", kind=kinds[n % len(kinds)]
            )
            for n in range(1, 9)
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


def _option(size):
    return "--" + size.replace("_", "-")


def top_up_activity(project, sizes, *, now=None):
    """Sessions, ideas, outcomes and claims in the big project, up to `sizes`. Each kind is
    topped up, so running it again with bigger sizes adds only the difference."""
    cast = {p.role: p for p in project.participants.filter(user__email__in=dict(CAST).values())}
    lead, facilitator = cast[Role.LEAD].user, cast[Role.FACILITATOR]
    members = project.participants.filter(user__isnull=False).order_by("pk")
    reviewers = members.filter(role__in=[Role.STAFF, Role.MANAGER]).values_list("user", flat=True)
    activity.top_up_sessions(project, sizes["sessions"], by=facilitator.user, now=now)
    regulars = [cast[role].pk for role, _ in CAST]
    activity.top_up_replies(project, sizes["replies"], regulars=regulars, now=now)
    activity.top_up_prototypes(project, sizes["ideas"], now=now)
    activity.top_up_versions(project, sizes["versions"], by=facilitator.user, now=now)
    activity.top_up_comments(project, sizes["comments"], moderator=facilitator.pk, now=now)
    activity.top_up_test_rounds(project, sizes["test_rounds"], by=facilitator.user, now=now)
    activity.top_up_feedback(project, sizes["feedback"], now=now)
    activity.top_up_evaluation_sheets(project, sizes["sheets"])
    scale.top_up_outcomes(project, sizes["outcomes"], by=lead)
    scale.top_up_outcome_reviews(project, sizes["reviews"], reviewers=reviewers[:50])
    scale.top_up_reflections(
        project, sizes["reflections"], authors=members.values_list("user", flat=True)[:100]
    )
    scale.top_up_ladder_ratings(
        project, sizes["ratings"], raters=members.values_list("user", "role")
    )
    activity.top_up_claims(project, sizes["claims"], by=lead, now=now)
    _check_made(project, sizes)


def _check_made(project, sizes):
    """Some sizes can only be reached if the others leave room (claims need attendance that
    has not been claimed for; reviews need outcomes and reviewers): say which fell short."""
    made = {
        "sessions": project.sessions.count(),
        "replies": Attendance.objects.filter(session__project=project).count(),
        "ideas": project.prototypes.count(),
        "versions": PrototypeVersion.objects.filter(prototype__project=project).count(),
        "comments": Comment.objects.filter(prototype__project=project).count(),
        "test_rounds": TestRound.objects.filter(prototype__project=project).count(),
        "feedback": Feedback.objects.filter(round__prototype__project=project).count(),
        "sheets": EvaluationSheet.objects.filter(prototype__project=project).count(),
        "outcomes": project.outcomes.count(),
        "reviews": OutcomeReview.objects.filter(outcome__project=project).count(),
        "reflections": project.reflections.count(),
        "ratings": project.ladder_ratings.count(),
        "claims": project.claims.count(),
    }
    short = [f"{_option(k)} {sizes[k]} (only {n})" for k, n in made.items() if n < sizes[k]]
    if short:
        raise CommandError(
            "Not enough room for all the rows asked for: "
            + ", ".join(short)
            + ". Ask for fewer, or for more of what they rest on (more replies leave more to "
            "claim for; more outcomes, more to review)."
        )
