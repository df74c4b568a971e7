"""What an outcome came from beyond the decision log, without `projects` importing upper apps.

An upper app adds one kind of link in its AppConfig.ready(), for example the ideas and
prototypes behind an outcome:

    outcome_links.add(
        key="prototypes",
        field=make_field,      # (project, outcome or None) -> a form field, or None to leave out
        initial=initial_for,   # (outcome) -> the field's value for that outcome
        save=save,             # (outcome, value) -> None, inside the outcome service's transaction
        shown=shown_for,       # (outcome) -> [Linked], for "Where it came from"
    )

The outcome form gains one field per link, the outcome services save the values they are
given, and the outcome page lists what each link shows. A link whose key is not among the
values given is left as it is, so a caller that knows nothing of it changes nothing.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Linked:
    label: str  # what kind of thing, for example "Idea"
    title: str
    url: str
    detail: str = ""


@dataclass(frozen=True)
class Link:
    key: str
    field: object
    initial: object
    save: object
    shown: object
    order: int


class OutcomeLinks:
    def __init__(self):
        self._links = {}

    def add(self, *, key, field, initial, save, shown, order=50):
        # Keyed: adding again (AppConfig.ready can run twice) replaces.
        self._links[key] = Link(key, field, initial, save, shown, order)

    def all(self):
        return sorted(self._links.values(), key=lambda link: (link.order, link.key))

    def keys(self):
        return [link.key for link in self.all()]

    def fields(self, project, outcome=None):
        """{key: form field} for the outcome form, in order."""
        made = ((link.key, link.field(project, outcome)) for link in self.all())
        return {key: field for key, field in made if field is not None}

    def initial(self, outcome):
        return {link.key: link.initial(outcome) for link in self.all()}

    def take(self, values):
        """Split the link values out of a dict of outcome fields, in place."""
        return {key: values.pop(key) for key in self.keys() if key in values}

    def save(self, outcome, values):
        for link in self.all():
            if link.key in values:
                link.save(outcome, values[link.key])

    def shown(self, outcome):
        return [item for link in self.all() for item in link.shown(outcome)]


outcome_links = OutcomeLinks()
