from django.db import transaction

from projects.audit import audit_record
from projects.freshness import changes_project


@transaction.atomic
@changes_project(via="prototype")
def evaluation_sheet_add(*, form, prototype, member, by):
    sheet = form.save(commit=False)
    sheet.prototype, sheet.written_by = prototype, member
    sheet.save()
    audit_record(
        actor=by, action="evaluation_sheet_add", target=prototype, project=prototype.project
    )
    return sheet
