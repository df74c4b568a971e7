"""Reads about support needs: one person's, and the counts a planner needs."""

from dataclasses import dataclass

from participants.models import Participant, SupportNeeds
from projects.predicates import membership
from projects.roles import MemberStatus, Role


def support_needs_of(participant):
    """The participant's SupportNeeds, or None if they have not told us yet (no query if
    `support_needs` was selected)."""
    try:
        return participant.support_needs
    except SupportNeeds.DoesNotExist:
        return None


def needs_visible_to(user, project):
    """Active participants whose needs `user` may see in the project's planning summary.

    Leads and facilitators see everyone; local leads only the people they invited. The caller
    has already checked `participants.view_needs_summary`.
    """
    member = membership(user, project)
    people = Participant.objects.filter(project=project, status=MemberStatus.ACTIVE)
    if member is None or member.role not in (Role.LEAD, Role.FACILITATOR):
        people = people.filter(invited_by=user)
    people = people.select_related("support_needs", "user").prefetch_related("consents")
    return list(people.order_by("display_name", "pk"))


@dataclass
class NeedsCount:
    label: str
    count: int


def needs_counts(people):
    """Counts a planner needs, from participants with `support_needs` selected."""
    needs = [n for n in (support_needs_of(p) for p in people) if n is not None]

    def count(test):
        return sum(1 for n in needs if test(n))

    def only(when):
        return lambda n: list(n.availability) == [when]

    When = SupportNeeds.When
    Access = SupportNeeds.Access
    rows = [
        NeedsCount("Need childcare", count(lambda n: n.childcare)),
        NeedsCount("Need help with travel", count(lambda n: n.travel)),
        NeedsCount("Need step-free access", count(lambda n: Access.STEP_FREE in n.access)),
        NeedsCount("Need a BSL interpreter", count(lambda n: Access.BSL in n.access)),
        NeedsCount("Need easy read papers", count(lambda n: Access.EASY_READ in n.access)),
        NeedsCount("Need large print", count(lambda n: Access.LARGE_PRINT in n.access)),
        NeedsCount("Have food they cannot eat", count(lambda n: n.dietary.strip())),
        NeedsCount(
            "Can come on weekdays in the daytime",
            count(lambda n: When.WEEKDAY_DAYTIME in n.availability),
        ),
        NeedsCount("Can come in the evening", count(lambda n: When.EVENINGS in n.availability)),
        NeedsCount("Can come at weekends", count(lambda n: When.WEEKENDS in n.availability)),
        NeedsCount("Can only come in the evening", count(only(When.EVENINGS))),
        NeedsCount("Can only come at weekends", count(only(When.WEEKENDS))),
        NeedsCount("Have not said when they can come", count(lambda n: not n.availability)),
    ]
    return {
        "people": len(people),
        "answered": len(needs),
        "not_answered": len(people) - len(needs),
        "rows": rows,
    }
