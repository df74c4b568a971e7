"""Who a project's safeguarding leads are, and who may be one.

A project's lead names its own safeguarding leads among its members. The organisation leading
the project (its lead partner) may also name safeguarding leads among its own people, in
`/organisations/<slug>/safeguarding-leads/`: they receive and act on the concerns of every
project the organisation leads, whether or not they take part in it."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from projects.freshness import cached
from projects.models import Organisation
from projects.retention.schedule import lead_organisations
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


def leading_organisation_id(project):
    return lead_organisations(project_ids=[project.pk]).get(project.pk)


def organisation_safeguarding_users(organisation_id):
    """The active accounts an organisation named its safeguarding leads, in name order."""
    if organisation_id is None:
        return get_user_model().objects.none()
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            organisation_places__organisation_id=organisation_id,
            organisation_places__is_safeguarding_lead=True,
        )
        .order_by("display_name", "pk")
    )


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
        ours = organisation_safeguarding_users(leading_organisation_id(project))
        return tuple(sorted(set(named) | set(ours.values_list("pk", flat=True))))

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
    """Who reads a concern raised in the project: its safeguarding leads, then the leading
    organisation's (named with their organisation), each once."""
    readers = [Reader(lead.display_name, lead.user) for lead in safeguarding_leads(project)]
    seen = {reader.user.pk for reader in readers if reader.user is not None}
    organisation_id = leading_organisation_id(project)
    if organisation_id is not None:
        name = Organisation.objects.filter(pk=organisation_id).values_list("name", flat=True)[0]
        for user in organisation_safeguarding_users(organisation_id):
            if user.pk not in seen:
                readers.append(Reader(f"{user.name} ({name})", user))
    return readers
