"""How long concerns are kept, by category, once closed (an open concern is never removed).

- About a young person's welfare (or something else): until everyone named in it with a known
  date of birth is 25, and at least the period after it closed.
- About an adult's conduct (an allegation): found unfounded or false, the period after it
  closed (10 years by default); otherwise far longer (75 years by default), to cover the
  adult's working life.
Safety information given for a session goes 7 days after it, as the person was told when they
gave it; "How was today?" answers a year after the session (a worry stays, as its concern).
Removing a concern deletes it with its actions and referrals; the audit trail keeps only that
"Concern 12" existed.
"""

from participants.selectors.consent import add_years
from projects.registries.retention import Removal, delete_together, months_before, start_of
from sessions.safeguarding.models import Concern, DayAnswer, SafetyInfo
from sessions.safeguarding.selectors.safety_info import KEPT_AFTER_SESSION, expired_safety_info

Category = Concern.Category
Finding = Concern.Finding
NOT_FOUND = [Finding.UNFOUNDED, Finding.FALSE]
AGE_KEPT_UNTIL = 25


def _closed_before(*, on, months, scope):
    concerns = Concern.objects.filter(
        status=Concern.Status.CLOSED, closed_at__lt=start_of(months_before(on, months))
    )
    return scope.narrow(concerns, people=["people__user"]).distinct().order_by("pk")


def _all_25_by(concern, on):
    born = [p.user.date_of_birth for p in concern.people.all() if p.user and p.user.date_of_birth]
    return all(add_years(day, AGE_KEPT_UNTIL) <= on for day in born)


def welfare_due(*, on, months, scope):
    concerns = _closed_before(on=on, months=months, scope=scope).exclude(category=Category.CONDUCT)
    concerns = concerns.prefetch_related("people__user")
    return [concern for concern in concerns if _all_25_by(concern, on)]


def allegations_not_found_due(*, on, months, scope):
    return _closed_before(on=on, months=months, scope=scope).filter(
        category=Category.CONDUCT, finding__in=NOT_FOUND
    )


def allegations_due(*, on, months, scope):
    return (
        _closed_before(on=on, months=months, scope=scope)
        .filter(category=Category.CONDUCT)
        .exclude(finding__in=NOT_FOUND)
    )


def safety_info_due(*, on, months, scope):
    # Whole days: what is due on `on` is what a run at its midnight would find.
    return expired_safety_info(start_of(on), scope).order_by("pk")


def day_answers_due(*, on, months, scope):
    answers = DayAnswer.objects.filter(session__ends_at__lt=start_of(months_before(on, months)))
    return scope.narrow(answers, project="session__project", people=["participant__user"])


def safety_info_held(project):
    return SafetyInfo.objects.filter(session__project=project)


def day_answers_held(project):
    return DayAnswer.objects.filter(session__project=project)


# Concerns have no count on a project's privacy page: its leads are not all safeguarding
# leads, and how many concerns a project holds would tell them one was raised.
def _concerns(key, name, months, after, find, order):
    return {
        "key": key,
        "name": name,
        "why": "To protect young people, and to show what was done about each worry.",
        "who_sees": "The project's safeguarding leads and those of the organisation leading "
        "it, only; the person who raised it sees only that it was received.",
        "months": months,
        "after": after,
        "removal": Removal.DELETE,
        "find": find,
        "remove": delete_together,
        "permission": "workshops.handle_concerns",
        "order": order,
    }


RETAINED = [
    {
        "key": "session_safety_info",
        "name": "Safety information for a session (emergency contact, health notes)",
        "why": "So the people running a session can help someone who is taken ill or hurt.",
        "who_sees": "Only the people running that session.",
        "months": 0,
        "days": KEPT_AFTER_SESSION.days,
        "per_project": False,
        "after": "after the session",
        "removal": Removal.DELETE,
        "find": safety_info_due,
        "held": safety_info_held,
        "remove": delete_together,
        "order": 65,
    },
    {
        "key": "how_was_today",
        "name": "Answers to “How was today?”",
        "why": "So the people running sessions know how they went, and can follow up.",
        "who_sees": "The people running that session; names and words only where the person "
        "agreed. A worry goes to the safeguarding leads as a concern.",
        "months": 12,
        "after": "after the session",
        "removal": Removal.DELETE,
        "find": day_answers_due,
        "held": day_answers_held,
        "remove": delete_together,
        "order": 66,
    },
    _concerns(
        "concerns_welfare",
        "Concerns about a young person",
        72,
        "after it closed, and not before everyone named in it is 25",
        welfare_due,
        70,
    ),
    _concerns(
        "concerns_allegations_not_found",
        "Concerns about an adult, found unfounded or false",
        120,
        "after it closed",
        allegations_not_found_due,
        71,
    ),
    _concerns(
        "concerns_allegations",
        "Concerns about an adult, all others",
        900,
        "after it closed",
        allegations_due,
        72,
    ),
]
