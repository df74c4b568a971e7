"""How long the projects app keeps its own records: the audit trail."""

from projects.models import AuditEntry
from projects.registries.retention import (
    Removal,
    delete_together,
    months_before,
    retention,
    start_of,
)


def audit_entries_due(*, on, months, scope):
    entries = AuditEntry.objects.filter(at__lt=start_of(months_before(on, months)))
    return scope.narrow(entries, people=["actor"]).order_by("pk")


def register():
    retention.add(
        key="audit_entries",
        name="Audit trail",
        why="Who did what, and when: to answer a complaint or a question about a decision.",
        who_sees="Site administrators.",
        months=72,
        after="after the thing was done",
        removal=Removal.DELETE,
        find=audit_entries_due,
        remove=delete_together,
        order=90,
    )
