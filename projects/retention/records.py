"""How long the projects app keeps its own records: the audit trail and outcome photos."""

from projects.models import AuditEntry, OutcomePhoto
from projects.registries.retention import (
    Removal,
    delete_each,
    delete_together,
    months_before,
    retention,
    start_of,
)


def audit_entries_due(*, on, months, scope):
    entries = AuditEntry.objects.filter(at__lt=start_of(months_before(on, months)))
    return scope.narrow(entries, people=["actor"]).order_by("pk")


def outcome_photos_due(*, on, months, scope):
    photos = OutcomePhoto.objects.filter(outcome__project__ends_on__lt=months_before(on, months))
    return scope.narrow(photos, project="outcome__project").order_by("pk")


def audit_entries_held(project):
    return AuditEntry.objects.filter(project=project)


def outcome_photos_held(project):
    return OutcomePhoto.objects.filter(outcome__project=project)


def register():
    retention.add(
        key="outcome_photos",
        name="Outcome photos",
        why="To show that an outcome happened, in reports to the people who fund and run "
        "the service. Whoever adds one confirms nobody can be recognised in it, or everyone "
        "who can agreed.",
        who_sees="Everyone in the project.",
        months=72,
        after="after the project ends",
        removal=Removal.DELETE,
        find=outcome_photos_due,
        held=outcome_photos_held,
        remove=delete_each,
        permission="projects.view_project",
        order=56,
    )
    retention.add(
        key="audit_entries",
        name="Audit trail",
        why="Who did what, and when: to answer a complaint or a question about a decision.",
        who_sees="Site administrators.",
        months=72,
        after="after the thing was done",
        removal=Removal.DELETE,
        find=audit_entries_due,
        held=audit_entries_held,
        remove=delete_together,
        order=90,
    )
