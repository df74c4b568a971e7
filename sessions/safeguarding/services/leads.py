"""Naming a project's safeguarding leads."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project
from sessions.models import SafeguardingLead
from sessions.safeguarding.selectors.leads import MAY_BE_SAFEGUARDING_LEAD


class LeadRefused(Exception):
    pass


@transaction.atomic
@changes_project(via="project")
def safeguarding_leads_set(*, project, by, participants):
    """Make exactly `participants` the project's safeguarding leads."""
    chosen = {p.pk: p for p in participants}
    for person in chosen.values():
        if person.project_id != project.pk or person.role not in MAY_BE_SAFEGUARDING_LEAD:
            raise LeadRefused(f"{person.display_name} cannot be a safeguarding lead.")
    current = set(
        SafeguardingLead.objects.filter(project=project).values_list("participant_id", flat=True)
    )
    for pk in current - chosen.keys():
        row = SafeguardingLead.objects.get(project=project, participant_id=pk)
        audit_record(actor=by, action="safeguarding_lead_remove", target=row, project=project)
        row.delete()
    for pk in chosen.keys() - current:
        row = SafeguardingLead.objects.create(project=project, participant=chosen[pk], named_by=by)
        audit_record(actor=by, action="safeguarding_lead_add", target=row, project=project)
    project.__dict__.pop("_safeguarding_lead_ids", None)
    project.__dict__.pop("_concern_reader_ids", None)
