"""Roles a person has held in projects (co-trainer, pitch panel member, working-group member),
for their organisation's network page and their certificate, without `participants` importing
the apps that record them.

An app registers a finder in its AppConfig.ready():

    roles_held.add(key="co_trainer", find=co_trainers_among)

`find(user_ids)` takes a collection of account ids and returns `{user_id: [RoleHeld, …]}` for
those who held the role, in one or two queries whatever the number of people, so a page of 50
people costs the same as a page of 3. People who have left a project keep the roles they held.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone


@dataclass(frozen=True, order=True)
class RoleHeld:
    # Ordered by when it began, so a person's roles read as a history.
    since: date | None
    label: str
    project: str
    project_id: int
    until: date | None = None


def roles_by_person(rows, label):
    """{user_id: [RoleHeld]} from rows of (user_id, began, project title, project id, detail),
    where `began` is a datetime, a date or None, and `detail`, when given, follows the label
    ("Co-trainer: Speaking up")."""
    found = {}
    for user_id, began, project, project_id, detail in rows:
        if isinstance(began, datetime):
            began = timezone.localdate(began)
        found.setdefault(user_id, []).append(
            RoleHeld(
                since=began,
                label=f"{label}: {detail}" if detail else label,
                project=project,
                project_id=project_id,
            )
        )
    return found


class RolesHeldRegistry:
    def __init__(self):
        self._finders = {}

    def add(self, *, key, find):
        # Keyed: registering again (AppConfig.ready can run twice) replaces.
        self._finders[key] = find

    def remove(self, key):
        self._finders.pop(key, None)

    def for_users(self, user_ids):
        """{user_id: [RoleHeld, …] oldest first} for the given accounts; absent ids held none."""
        user_ids = [uid for uid in user_ids if uid is not None]
        found = {}
        if not user_ids:
            return found
        for key in sorted(self._finders):
            for uid, roles in self._finders[key](user_ids).items():
                found.setdefault(uid, []).extend(roles)
        for roles in found.values():
            roles.sort(key=lambda role: (role.since or date.min, role.label, role.project))
        return found

    def for_user(self, user):
        return self.for_users([user.pk]).get(user.pk, [])


roles_held = RolesHeldRegistry()
