from dataclasses import dataclass, field

from django.db.models import Count

from projects.roles import Role, role_heading
from sessions.models import Availability

Answer = Availability.Answer


@dataclass
class OptionResult:
    option: object
    by_role: dict = field(default_factory=dict)  # {role: {answer: count}}
    mine: str = ""
    table: list = field(default_factory=list)  # [(role heading, yes, if need be, no)]

    def count(self, answer):
        return sum(counts.get(answer, 0) for counts in self.by_role.values())

    @property
    def yes(self):
        return self.count(Answer.YES)

    @property
    def if_need_be(self):
        return self.count(Answer.IF_NEED_BE)

    @property
    def no(self):
        return self.count(Answer.NO)

    def rows(self, roles):
        return [
            (role_heading(role), *(self.by_role.get(role, {}).get(a, 0) for a in Answer.values))
            for role in roles
        ]


def poll_results(poll, member=None):
    """Each option with its answers counted per role (so young people's answers stay visible
    beside staff's), and the viewer's own answers: two queries."""
    options = list(poll.options.all())
    results = {option.pk: OptionResult(option=option) for option in options}
    rows = (
        Availability.objects.filter(option__poll=poll)
        .values("option_id", "participant__role", "answer")
        .annotate(n=Count("pk"))
        .order_by()
    )
    roles = set()
    for row in rows:
        role = row["participant__role"]
        roles.add(role)
        counts = results[row["option_id"]].by_role.setdefault(role, {})
        counts[row["answer"]] = row["n"]
    if member is not None:
        for option_id, answer in Availability.objects.filter(
            option__poll=poll, participant=member
        ).values_list("option_id", "answer"):
            results[option_id].mine = answer
    ordered_roles = [role for role in Role if role in roles]
    for result in results.values():
        result.table = result.rows(ordered_roles)
    return [results[o.pk] for o in options], ordered_roles
