"""What the apps above `participants` hold about a person, for "all your data" and for deleting
an account, without `participants` importing them.

An upper app registers what it keeps in its AppConfig.ready():

    personal_data.add(
        key="session_replies",
        title="Your replies to sessions",
        collect=replies_of,   # (user) -> list of dicts: short plain-English labels -> plain values
        forget=forget_replies,  # (*, user, participants, remove_contributions) -> None
    )

`collect` feeds the "all your data" page and its JSON download: every row holds only this
person's own data, never another person's name or details. `forget` runs inside the account
deletion's transaction, before the person's Participant rows lose their name and account:
it removes what is personal, and removes the person's own words (comments, ideas, feedback)
when `remove_contributions` is true, otherwise leaves them attached to the anonymous
Participant ("A former participant").
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils import formats, timezone


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    collect: Any
    forget: Any
    order: int


class PersonalDataRegistry:
    def __init__(self):
        self._sources = {}

    def add(self, *, key, title, collect, forget=None, order=100):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._sources[key] = Source(
            key=key, title=title, collect=collect, forget=forget, order=order
        )

    def remove(self, key):
        self._sources.pop(key, None)

    def _in_order(self):
        return sorted(self._sources.values(), key=lambda s: (s.order, s.key))

    def collect(self, user):
        """[{"key", "title", "rows"}, …] for every source, in order (empty rows included)."""
        return [
            {"key": source.key, "title": source.title, "rows": list(source.collect(user))}
            for source in self._in_order()
        ]

    def forget(self, *, user, participants, remove_contributions):
        for source in self._in_order():
            if source.forget is not None:
                source.forget(
                    user=user,
                    participants=participants,
                    remove_contributions=remove_contributions,
                )


personal_data = PersonalDataRegistry()


def moment(value):
    """A date and time as the download shows it: "3 March 2026, 18:00"."""
    return formats.date_format(timezone.localtime(value), "j F Y, H:i") if value else None


@dataclass(frozen=True)
class Rows:
    """A `collect` made from a table: `query(user)` gives the person's own rows, `columns` maps
    each plain heading to how to read it from a row, and `more(row)` may add columns a row has
    of its own (a session's questions)."""

    query: Callable
    columns: Mapping[str, Callable]
    more: Callable = field(default=lambda row: ())

    def __call__(self, user):
        return [
            {heading: read(row) for heading, read in self.columns.items()} | dict(self.more(row))
            for row in self.query(user)
        ]
