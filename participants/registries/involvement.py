"""What a person has done in projects, counted by the apps that record it (sessions they came
to, trainings they completed), for the organisation's network page, without `participants`
importing those apps.

An app registers a finder in its AppConfig.ready():

    involvement.add(key="sessions_attended", find=sessions_attended_by)

`find(user_ids, project_ids)` returns `{user_id: value}` for those people, counting only what
happened in the given projects, in one query whatever the number of people. A person with
nothing to count is left out; the page shows the key's `empty` value for them.
"""

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TrainingDone:
    title: str
    project: str
    completed_on: date


class InvolvementRegistry:
    def __init__(self):
        self._finders = {}

    def add(self, *, key, find, empty=None):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._finders[key] = (find, empty)

    def remove(self, key):
        self._finders.pop(key, None)

    def for_users(self, user_ids, *, project_ids):
        """{user_id: {key: value}} for every given account and every registered key."""
        user_ids = [uid for uid in user_ids if uid is not None]
        project_ids = list(project_ids)
        found = {uid: {} for uid in user_ids}
        for key, (find, empty) in sorted(self._finders.items()):
            values = find(user_ids, project_ids) if user_ids and project_ids else {}
            for uid in user_ids:
                found[uid][key] = values.get(uid, empty)
        return found


involvement = InvolvementRegistry()
