"""Who a project's safeguarding leads are, and who may be one."""

from projects.freshness import cached
from projects.roles import MemberStatus, Role
from sessions.models import SafeguardingLead

# Anyone who works in or runs the project may hold the role; young people taking part do not.
MAY_BE_SAFEGUARDING_LEAD = frozenset(Role) - {Role.YOUNG_PERSON}


def safeguarding_lead_ids(project):
    """The Participant ids of the project's safeguarding leads, kept for the data version (one
    question asked on every project page, through the permission)."""

    def build():
        rows = SafeguardingLead.objects.filter(
            project=project, participant__status=MemberStatus.ACTIVE
        )
        return tuple(sorted(rows.values_list("participant_id", flat=True)))

    kept = project.__dict__.setdefault("_safeguarding_lead_ids", None)
    if kept is None:
        kept = project.__dict__["_safeguarding_lead_ids"] = cached(
            project, "safeguarding_lead_ids", build
        )
    return kept


def safeguarding_leads(project):
    """The active safeguarding leads, with their accounts, in name order."""
    return (
        project.participants.filter(
            pk__in=SafeguardingLead.objects.filter(project=project).values("participant_id"),
            status=MemberStatus.ACTIVE,
        )
        .select_related("user")
        .order_by("display_name", "pk")
    )


def possible_safeguarding_leads(project):
    return (
        project.participants.filter(status=MemberStatus.ACTIVE, role__in=MAY_BE_SAFEGUARDING_LEAD)
        .select_related("user")
        .order_by("display_name", "pk")
    )
