"""A lead's edits to the project report: kept per section, or dropped to go back to the text
written from the records."""

from django.db import transaction

from projects.audit import audit_record
from projects.freshness import project_changed
from projects.models import ReportEdit


@transaction.atomic
def report_section_save(*, project, by, section, text):
    edit, _ = ReportEdit.objects.update_or_create(
        project=project, section=section, defaults={"text": text, "edited_by": by}
    )
    audit_record(actor=by, action="report_section_save", target=edit, project=project)
    project_changed(project)
    return edit


@transaction.atomic
def report_section_reset(*, project, by, section):
    for edit in ReportEdit.objects.filter(project=project, section=section):
        audit_record(actor=by, action="report_section_reset", target=edit, project=project)
        edit.delete()
    project_changed(project)
