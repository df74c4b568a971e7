"""Reads about support needs: one person's, the people a planner sees, and the counts they need."""

from dataclasses import dataclass

from django.db.models import CharField, Count, Func, Q, Value

from participants.models import Participant, SupportNeeds
from participants.selectors.consent import with_refused_data_use
from projects.predicates import membership
from projects.roles import MemberStatus, Role

# Every character str.strip() removes (the last is U+3000).
WHITESPACE = "".join(char for char in map(chr, range(0x3001)) if char.isspace())


class Strip(Func):
    """Text with whitespace taken off both ends, as str.strip() does: trim(text, characters) on
    SQLite, btrim on PostgreSQL (a plain TRIM takes off spaces only)."""

    function = "TRIM"
    output_field = CharField()

    def __init__(self, expression, **extra):
        super().__init__(expression, Value(WHITESPACE), **extra)

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="BTRIM", **extra_context)


def support_needs_of(participant):
    """The participant's SupportNeeds, or None if they have not told us yet (no query if
    `support_needs` was selected)."""
    try:
        return participant.support_needs
    except SupportNeeds.DoesNotExist:
        return None


def needs_visible_to(user, project):
    """Active participants whose needs `user` may see in the project's planning summary, as a
    queryset in name order.

    Leads and facilitators see everyone; local leads only the people they invited. The caller
    has already checked `participants.view_needs_summary`.
    """
    member = membership(user, project)
    people = Participant.objects.filter(project=project, status=MemberStatus.ACTIVE)
    if member is None or member.role not in (Role.LEAD, Role.FACILITATOR):
        people = people.filter(invited_by=user)
    return people.order_by("display_name", "pk")


def needs_table(people, *, words="", role=""):
    """The planning table's people from `people`, narrowed by words in their name and by role
    when given, with what each row shows fetched alongside."""
    if words:
        people = people.filter(display_name__icontains=words)
    if role:
        people = people.filter(role=role)
    return people.select_related("support_needs", "user").prefetch_related("consents")


@dataclass
class NeedsCount:
    label: str
    count: int


def _listed(field, value):
    """The JSON list in `field` holds `value`. Matching the quoted value in the list's text works
    the same on SQLite and PostgreSQL, and one value is never mistaken for part of another."""
    return Q(**{f"support_needs__{field}__icontains": f'"{value}"'})


def needs_counts(people):
    """Everything the planner's numbers need, counted by the database in two queries.

    `people` is the queryset of those the planner sees (needs_visible_to). People who said no to
    us using their information are counted apart (`refused`) and left out of everything else.
    Whether someone refused is a subquery: each query uses it once, because a database may work
    it out again for every count that mentions it.
    """
    people = with_refused_data_use(people)
    totals = people.aggregate(
        everyone=Count("pk"), refused=Count("pk", filter=Q(refused_data_use=True))
    )
    When = SupportNeeds.When
    Access = SupportNeeds.Access
    rows = [
        ("Need childcare", Q(support_needs__childcare=True)),
        ("Need help with travel", Q(support_needs__travel=True)),
        ("Need step-free access", _listed("access", Access.STEP_FREE)),
        ("Need a BSL interpreter", _listed("access", Access.BSL)),
        ("Need easy read papers", _listed("access", Access.EASY_READ)),
        ("Need large print", _listed("access", Access.LARGE_PRINT)),
        ("Have food they cannot eat", ~Q(food="")),
        ("Can come on weekdays in the daytime", _listed("availability", When.WEEKDAY_DAYTIME)),
        ("Can come in the evening", _listed("availability", When.EVENINGS)),
        ("Can come at weekends", _listed("availability", When.WEEKENDS)),
        ("Can only come in the evening", Q(support_needs__availability=[When.EVENINGS])),
        ("Can only come at weekends", Q(support_needs__availability=[When.WEEKENDS])),
        ("Have not said when they can come", Q(support_needs__availability=[])),
    ]
    told = Q(support_needs__isnull=False)
    needs = (
        people.filter(refused_data_use=False)
        .alias(food=Strip("support_needs__dietary"))
        .aggregate(
            people=Count("pk"),
            answered=Count("pk", filter=told),
            **{
                f"row{index}": Count("pk", filter=told & test)
                for index, (_, test) in enumerate(rows)
            },
        )
    )
    return {
        **totals,
        "people": needs["people"],
        "answered": needs["answered"],
        "not_answered": needs["people"] - needs["answered"],
        "rows": [NeedsCount(label, needs[f"row{index}"]) for index, (label, _) in enumerate(rows)],
    }
