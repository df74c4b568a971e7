"""Who a project's safeguarding leads are, and who may be one.

A project's lead names its own safeguarding leads among its members. The organisation leading
the project (its lead partner) may also name safeguarding leads among its own people, in
`/organisations/<slug>/safeguarding-leads/`: they receive and act on the concerns of every
project the organisation leads, whether or not they take part in it."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from projects.freshness import cached
from projects.models import OrganisationMember, Partner
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


def leading_organisations(project):
    """The organisations leading the project (its lead partners), in name order."""
    partners = project.partners.select_related("organisation").order_by("organisation__name")
    return [partner.organisation for partner in partners if partner.leads]


def organisation_safeguarding_users(organisation):
    """The active accounts an organisation named its safeguarding leads, in name order."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            organisation_places__organisation=organisation,
            organisation_places__is_safeguarding_lead=True,
        )
        .order_by("display_name", "pk")
    )


def _organisation_readers(project):
    """{user id} of the safeguarding leads of the organisations leading the project: one
    query (whether a partner leads is read from its roles here, as JSON lists are not asked
    alike by every database)."""
    rows = OrganisationMember.objects.filter(
        is_safeguarding_lead=True, user__is_active=True, organisation__partnerships__project=project
    ).values_list("user_id", "organisation__partnerships__roles")
    return {user_id for user_id, roles in rows if Partner.roles_lead(roles)}


def concern_reader_ids(project):
    """The ids of every account that may read the project's concerns: its own safeguarding
    leads' and its leading organisation's. Kept for the project's data version, which naming
    an organisation's safeguarding leads moves for each project it leads."""

    def build():
        named = SafeguardingLead.objects.filter(
            project=project,
            participant__status=MemberStatus.ACTIVE,
            participant__user__isnull=False,
        ).values_list("participant__user_id", flat=True)
        return tuple(sorted(set(named) | _organisation_readers(project)))

    kept = project.__dict__.get("_concern_reader_ids")
    if kept is None:
        kept = project.__dict__["_concern_reader_ids"] = cached(
            project, "concern_reader_ids", build
        )
    return kept


@dataclass(frozen=True)
class Reader:
    """Someone a new concern goes to, as the person raising it is told."""

    display_name: str
    user: object


def concern_readers(project):
    """Who reads a concern raised in the project: its safeguarding leads, then those of the
    organisations leading it (named with their organisation), each once."""
    readers = [Reader(lead.display_name, lead.user) for lead in safeguarding_leads(project)]
    seen = {reader.user.pk for reader in readers if reader.user is not None}
    for organisation in leading_organisations(project):
        for user in organisation_safeguarding_users(organisation):
            if user.pk not in seen:
                seen.add(user.pk)
                readers.append(Reader(f"{user.name} ({organisation.name})", user))
    return readers
