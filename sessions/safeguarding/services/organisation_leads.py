"""Naming an organisation's safeguarding leads: people of the organisation who receive and act
on the concerns of every project it leads. Named by the organisation's leads."""

from django.core.exceptions import ValidationError
from django.db import transaction

from codesign.runtime.signed_in import forget_signed_in_user
from projects.audit import audit_record
from projects.freshness import project_changed_by_id
from projects.models import OrganisationMember
from projects.retention.schedule import lead_organisations


@transaction.atomic
def organisation_safeguarding_leads_set(*, organisation, by, places):
    """Make exactly `places` (the organisation's own OrganisationMember rows) its
    safeguarding leads. Each change is in the audit trail."""
    chosen = {place.pk for place in places}
    rows = OrganisationMember.objects.select_for_update().filter(organisation=organisation)
    by_pk = {row.pk: row for row in rows}
    if chosen - by_pk.keys():
        raise ValidationError("Choose people of the organisation from the list.")
    for row in by_pk.values():
        wanted = row.pk in chosen
        if row.is_safeguarding_lead != wanted:
            row.is_safeguarding_lead = wanted
            row.save(update_fields=["is_safeguarding_lead"])
            forget_signed_in_user(row.user_id)  # their own pages show the organisation's
            audit_record(
                actor=by,
                action="organisation_safeguarding_lead_" + ("add" if wanted else "remove"),
                target=row,
            )


def organisation_people_changed(sender, instance, **kwargs):
    """Someone of the organisation was added, changed or removed: the projects it leads read
    again who may see their concerns."""
    leading = lead_organisations(organisation_ids=[instance.organisation_id])
    if leading:
        project_changed_by_id(*leading)
