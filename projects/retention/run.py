"""One run of the retention schedule for a date: warn, then remove what is due.

Each kind of record is removed in its own transaction, so a run stopped half way leaves every
kind either done or untouched; running again (or twice on the same day) finds only what is
still due, and reaches the same end. Nothing under a legal hold is ever found.
"""

import logging
from dataclasses import dataclass, field

from django.db import transaction

from projects.registries.retention import retention
from projects.retention.schedule import Holds, runs_for

log = logging.getLogger(__name__)


@dataclass
class Line:
    """What one run did (or, in a dry run, would do) to one kind of record."""

    record_type: object
    due: list = field(default_factory=list)
    removed: int = 0
    warned: int = 0


def describe(record):
    return f"{record._meta.verbose_name} {record.pk}"


def retention_apply(*, on, dry_run=False):
    """Apply the schedule as it stands on the date `on`; returns a Line per kind of record."""
    holds = Holds.in_force()
    lines = []
    for record_type in retention.all():
        line = Line(record_type=record_type)
        for months, scope in runs_for(record_type, holds):
            if record_type.warn is not None and not dry_run:
                line.warned += record_type.warn(on=on, months=months, scope=scope)
            if dry_run:
                line.due += list(record_type.find(on=on, months=months, scope=scope))
                continue
            with transaction.atomic():
                due = list(record_type.find(on=on, months=months, scope=scope))
                if due:
                    line.due += due
                    line.removed += record_type.remove(due)
        if line.removed:
            log.info("Retention: %s removed %s", line.removed, record_type.key)
        lines.append(line)
    return lines
