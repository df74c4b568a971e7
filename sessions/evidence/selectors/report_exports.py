"""Rows for the report's CSV files: sessions with who came by role, outcomes, and the answers
to test rounds by role."""

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from projects.roles import Role
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
    """One row per answer to a test round, in one query. Answers are anonymous: only the role
    kept with the answer is read, never the person, and the day without the time."""
    answers = (
        Feedback.objects.filter(round__prototype__project=project)
        .order_by("round__opens_at", "round__pk", "role", "at", "pk")
        .values_list(
            "at", "round__prototype__title", "round__question", "role", "useful", "comment"
        )
    )
    for at, prototype, question, role, useful, comment in answers.iterator():
        yield [
            timezone.localdate(at).isoformat(),
            prototype,
            question,
            ROLE_LABELS.get(role, role),
            useful,
            comment,
        ]
