"""How confident people felt before and after a module, only ever as averages by role.

A person counts in a statement's figure when they rated it both at the start and at the end,
so each "5.7 → 8.1" compares the same people. Roles with fewer than MIN_GROUP people are merged
or hidden (projects/selectors/role_groups.py): nobody's own rating can be read off the page.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from projects.roles import ROLE_WORDS, Role
from projects.selectors.role_groups import NOT_SHOWN, role_groups
from sessions.models import Moment, Rating


@dataclass(frozen=True)
class Change:
    heading: str  # "young people", "other roles"
    people: int
    shown: bool
    before: float = 0
    after: float = 0

    @property
    def words(self):
        if not self.shown:
            return f"{self.heading}: {NOT_SHOWN}"
        return f"{self.before:.1f} → {self.after:.1f} for {self.heading}, {self.people} people"


def _heading(group):
    if group.key in Role.values:
        return ROLE_WORDS[Role(group.key)][1]
    return group.heading.lower()


def confidence_change(module):
    """[(statement, [Change, …]), …] for every statement of the module, in order."""
    pairs = defaultdict(dict)  # (statement, participant) -> {moment: score}
    roles = {}
    rows = Rating.objects.filter(statement__module=module).values_list(
        "statement_id", "participant_id", "participant__role", "moment", "score"
    )
    for statement, person, role, moment, score in rows:
        pairs[statement, person][moment] = score
        roles[person] = role
    result = []
    for statement in module.statements.all():
        both = {
            person: scores
            for (s, person), scores in pairs.items()
            if s == statement.pk and len(scores) == 2
        }
        counts = Counter(roles[person] for person in both)
        changes = []
        for group in role_groups(counts):
            if not group.shown:
                changes.append(Change(_heading(group), group.people, False))
                continue
            mine = [s for p, s in both.items() if roles[p] in group.roles]
            before = sum(s[Moment.BEFORE] for s in mine) / len(mine)
            after = sum(s[Moment.AFTER] for s in mine) / len(mine)
            changes.append(Change(_heading(group), group.people, True, before, after))
        result.append((statement, changes))
    return result
