"""How long each kind of record is kept, and how it goes when its time is up.

Each app or part registers the records it owns, beside the code that makes them:

    retention.add(
        key="support_needs",
        name="Support needs",
        why="So sessions are planned around what helps each person take part.",
        who_sees="The person, the project's leads and facilitators.",
        months=12,
        after="after the project ends",
        removal=Removal.DELETE,
        find=support_needs_due,     # (*, on, months, scope) -> a list or queryset of records
        remove=support_needs_remove,  # (records) -> how many went
        permission="participants.view_support_needs",
        example=someone_taking_part,  # (project) -> an unsaved object to ask the rule about
    )

`find` lists what is due on the date `on` for a period of `months` (the organisation's own
period when it has one), leaving out whatever `scope` leaves out: projects under another
organisation's period and everything under a legal hold (see `projects/retention/schedule.py`).
`held` (optional) gives the records one project holds now, for its privacy page: a queryset
(all of them are counted together, in one query) or, where a count needs working out, a
number. A kind of record whose very count would tell a lead something they may not know (a
concern) has none. `remove` deletes the records, or anonymises them and keeps what is left
(`remains` says what), and must find nothing left to do when it runs again. `warn`
(optional) tells people before their records go, once per warning. `days` (with `months=0`
and `per_project=False`) gives a period in days that no organisation may change.
`floor_months` is the shortest period the law allows: an organisation may lengthen any
period, but not shorten one below its floor.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils import timezone


class Removal(models.TextChoices):
    DELETE = "delete", "Deleted"
    ANONYMISE = "anonymise", "Anonymised"


@dataclass(frozen=True)
class RecordType:
    key: str
    name: str
    why: str
    who_sees: str
    months: int
    after: str
    removal: str
    find: Callable
    remove: Callable
    remains: str = ""
    floor_months: int | None = None
    per_project: bool = True
    warn: Callable | None = None
    held: Callable | None = None
    permission: str | None = None
    example: Callable | None = None
    order: int = 100
    # A period in days (with months=0) is a promise made to the person when they gave the
    # record ("deleted 7 days after the session"): no organisation may change it.
    days: int | None = None

    def __post_init__(self):
        if self.days is not None and self.per_project:
            raise ValueError(f"{self.key}: a period in days is the same for every project")

    @property
    def removal_words(self):
        return Removal(self.removal).label

    def length_words(self, months=None):
        if self.days is not None:
            return f"{self.days} day{'' if self.days == 1 else 's'}"
        return months_in_words(self.months if months is None else months)

    def period_words(self, months=None):
        return f"{self.length_words(months)} {self.after}"


def months_in_words(months):
    """24 -> "2 years", 18 -> "18 months", 1 -> "1 month"."""
    if months % 12 == 0:
        years = months // 12
        return f"{years} year{'' if years == 1 else 's'}"
    return f"{months} month{'' if months == 1 else 's'}"


class RetentionRegistry:
    def __init__(self):
        self._types: dict[str, RecordType] = {}

    def add(self, **fields: Any):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        record_type = RecordType(**fields)
        self._types[record_type.key] = record_type
        return record_type

    def remove(self, key):
        self._types.pop(key, None)

    def get(self, key):
        return self._types.get(key)

    def all(self):
        return sorted(self._types.values(), key=lambda t: (t.order, t.key))

    def choices(self):
        return [(t.key, t.name) for t in self.all()]


retention = RetentionRegistry()


def months_before(day, months):
    """The same day of the month `months` earlier (the month's last day when it has fewer)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def start_of(day):
    """Midnight at the start of `day`, in the site's time zone."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def delete_together(records):
    """A `remove` for records of one model that need nothing done one by one (no files to
    take from storage): one statement; how many went."""
    records = list(records)
    if records:
        type(records[0]).objects.filter(pk__in=[record.pk for record in records]).delete()
    return len(records)


def delete_each(records):
    """A `remove` for records deleted one by one, so each takes its files from storage with
    it (see `codesign/runtime/stored_files`) or runs its own delete(); how many went."""
    for record in records:
        record.delete()
    return len(records)
