"""Figures by role that never point at one person: the one rule for every page and export that
counts, averages or lists answers, ratings or scores by role.

A figure for a role held by one or two people is that person's answer, or close to it: "Managers:
1 rating" on a page that says ratings are anonymous tells everyone what the manager said. So a
role with fewer than MIN_GROUP people in a figure is never shown on its own. The small roles are
merged into one "Other roles" group, and that group too is shown only when it holds at least
MIN_GROUP people; otherwise it says "fewer than 3: not shown", with no number beside it.

Counting is by people, not by answers: callers pass how many different people in each role the
figure rests on (for one rating or one answer per person, the two are the same).

Records that carry a name anyway (who came to a session, who is in the project, who wrote an
idea or a comment) are not anonymous figures, and this rule is not for them.
"""

from dataclasses import dataclass

from projects.roles import Role, role_heading

MIN_GROUP = 3
OTHER_ROLES = "Other roles"
NOT_SHOWN = f"fewer than {MIN_GROUP}: not shown"


@dataclass(frozen=True)
class RoleGroup:
    key: str  # a role value, or "other" for the merged group; for HTML ids
    heading: str
    roles: frozenset
    people: int

    @property
    def shown(self):
        return self.people >= MIN_GROUP


def role_groups(people_by_role, named=tuple(Role)):
    """The groups a figure by role may show, in the order of `named`, then "Other roles".

    `people_by_role` maps a role value to how many people the figure rests on. A role in
    `named` with at least MIN_GROUP people is a group of its own; every other role with anyone
    in it (a small one, or one the figure never names) goes into "Other roles", which is
    shown only if it too reaches MIN_GROUP (see `RoleGroup.shown`). Roles with nobody are left
    out."""
    groups = []
    for role in named:
        people = people_by_role.get(role, 0)
        if people >= MIN_GROUP:
            groups.append(RoleGroup(str(role), role_heading(role), frozenset({str(role)}), people))
    alone = {role for group in groups for role in group.roles}
    rest = {str(role): n for role, n in people_by_role.items() if n and str(role) not in alone}
    if rest:
        groups.append(RoleGroup("other", OTHER_ROLES, frozenset(rest), sum(rest.values())))
    return groups


def group_of(groups, role):
    """The group that holds `role`, or None."""
    return next((group for group in groups if str(role) in group.roles), None)
