"""Who is behind an outcome, as far as the people records know: the people in the groups that
suggested the decisions behind it, and whoever recorded it. Registered with
`projects.registries.outcome_news` so they hear when it is agreed and when it is in practice,
with the people who may review it, who hear when it waits for them."""

from participants.models import User
from projects.models import Decision
from projects.roles import MemberStatus, Role

GROUP_ROLES = {
    Decision.Group.EVERYONE: list(Role.values),
    Decision.Group.YOUNG_PEOPLE: [Role.YOUNG_PERSON],
    Decision.Group.STAFF: [Role.STAFF],
    Decision.Group.MANAGERS: [Role.MANAGER],
    Decision.Group.FACILITATORS: [Role.FACILITATOR],
    Decision.Group.LEAD: [Role.LEAD],
    Decision.Group.PARTNERS: [],
}


def decision_proposers(outcome):
    groups = set(outcome.decisions.values_list("proposed_by", flat=True))
    roles = {role for group in groups for role in GROUP_ROLES.get(group, [])}
    if not roles:
        return []
    return User.objects.filter(
        participations__project_id=outcome.project_id,
        participations__status=MemberStatus.ACTIVE,
        participations__role__in=roles,
    ).distinct()


def outcome_recorder(outcome):
    return [outcome.recorded_by] if outcome.recorded_by_id else []


REVIEWER_ROLES = (Role.LEAD, Role.STAFF, Role.MANAGER)  # as projects.review_outcome says


def outcome_reviewers(outcome):
    """The active members who may review an outcome: leads, frontline staff and managers."""
    return User.objects.filter(
        is_active=True,
        participations__project_id=outcome.project_id,
        participations__status=MemberStatus.ACTIVE,
        participations__role__in=REVIEWER_ROLES,
    ).distinct()
