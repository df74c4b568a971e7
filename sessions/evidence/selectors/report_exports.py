"""Rows for the report's CSV files: sessions with who came by role, outcomes, and the answers
to test rounds by role."""

from collections import Counter
from itertools import groupby
from operator import itemgetter

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from projects.roles import Role
from projects.selectors.role_groups import MIN_GROUP, OTHER_ROLES, role_groups
from sessions.models import Feedback, Prototype, Session

SESSIONS_HEADER = [
    "Date",
    "Session",
    "Kind",
    "Status",
    "People who came",
    *[f"Came: {role.label}" for role in Role],
]
OUTCOMES_HEADER = [
    "Outcome",
    "Kind",
    "Status",
    "Agreed on",
    "In practice since",
    "You said",
    "We did",
    "What changed",
    "Evidence",
    "Ideas behind it",
    "Reviews agreeing",
]
FEEDBACK_HEADER = [
    "Answered on",
    "Idea or prototype",
    "Question",
    "Role",
    "How useful (1 to 5)",
    "Comment",
]
ROLE_LABELS = dict(Role.choices)
DAY_NOT_SHOWN = "not shown"


def session_rows(project):
    came = Q(attendances__attended=True)
    by_role = {
        f"came_{role.value}": Count(
            "attendances", filter=came & Q(attendances__participant__role=role.value)
        )
        for role in Role
    }
    sessions = (
        project.sessions.annotate(came=Count("attendances", filter=came), **by_role)
        .order_by("starts_at", "pk")
        .iterator()
    )
    now = timezone.now()
    for s in sessions:
        counted = s.status != Session.Status.CANCELLED
        yield [
            timezone.localtime(s.starts_at).strftime("%Y-%m-%d %H:%M"),
            s.title,
            s.get_kind_display(),
            # A session that went ahead and is over was held, whatever changed on the way.
            "Held" if counted and s.ends_at < now else s.get_status_display(),
            s.came if counted else 0,
            *[getattr(s, f"came_{role.value}") if counted else 0 for role in Role],
        ]


def outcome_rows(project):
    ideas = Prototype.objects.only("title", "outcome_id").order_by("title", "pk")
    outcomes = (
        project.outcomes.annotate(agreeing=Count("reviews", filter=Q(reviews__verdict="agree")))
        .prefetch_related(Prefetch("prototypes", queryset=ideas))
        .order_by("created_at", "pk")
    )
    for o in outcomes.iterator(chunk_size=500):
        yield [
            o.title,
            o.get_kind_display(),
            o.get_status_display(),
            o.agreed_on.isoformat() if o.agreed_on else "",
            o.in_practice_since.isoformat() if o.in_practice_since else "",
            o.you_said,
            o.we_did,
            o.what_changed,
            o.evidence,
            "; ".join(idea.title for idea in o.prototypes.all()),
            o.agreeing,
        ]


def feedback_rows(project):
    """One row per answer to a test round, in one query, a round at a time.

    Answers are anonymous: only the role kept with the answer is read, never the person. But a
    role and a day can name someone as surely as a name: if one manager answered a round, the
    row that says "Manager" is theirs, and so is the row that says "Young person, 3 March" when
    only one young person answered that day (people know who was at the session that day).
    So within each round (projects/selectors/role_groups.py):

    - a role with fewer than three people answering is written as "Other roles" together with
      the other small roles, or, while that group too is under three, as "Other roles (fewer
      than 3)";
    - the day is kept only when at least three answers under the same role word were given on
      it, otherwise it says "not shown". The time of day is never kept.

    Rows come in role order and then the order they were given in, so the rows of a merged
    group do not fall into one block per role."""
    answers = (
        Feedback.objects.filter(round__prototype__project=project)
        .order_by("round__opens_at", "round__pk", "at", "pk")
        .values_list(
            "round", "at", "round__prototype__title", "round__question", "role", "useful", "comment"
        )
    )
    for _round, given in groupby(answers.iterator(), key=itemgetter(0)):
        yield from _round_rows(list(given))


def _round_rows(answers):
    groups = role_groups(Counter(answer[4] for answer in answers))
    words = {}
    for order, group in enumerate(groups):
        word = _group_word(group)
        words |= dict.fromkeys(group.roles, (order, word))
    rows = sorted(
        (
            (*words[role], timezone.localdate(at), prototype, question, useful, comment)
            for _round, at, prototype, question, role, useful, comment in answers
        ),
        key=itemgetter(0),
    )
    per_day = Counter((word, day) for _order, word, day, *_rest in rows)
    for _order, word, day, prototype, question, useful, comment in rows:
        shown = per_day[word, day] >= MIN_GROUP
        yield [
            day.isoformat() if shown else DAY_NOT_SHOWN,
            prototype,
            question,
            word,
            useful,
            comment,
        ]


def _group_word(group):
    if not group.shown:
        return f"{OTHER_ROLES} (fewer than {MIN_GROUP})"
    if group.key in ROLE_LABELS:
        return ROLE_LABELS[group.key]
    return OTHER_ROLES
