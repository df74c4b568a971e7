"""What places on the working group hold about one person: their applications (their own
answers and what became of them) and the notes they left for the next members. Panel views
about an application are the panel's words, so the applicant's download leaves them out."""

from participants.models import GroupTerm
from participants.registries.personal_data import Rows, moment
from sessions.models import Application

APPLICATIONS = Rows(
    query=lambda user: (
        Application.objects.filter(participant__user=user)
        .select_related("round__project")
        .order_by("applied_at", "pk")
    ),
    columns={
        "Project": lambda application: application.round.project.title,
        "Applied": lambda application: moment(application.applied_at),
        "Your answers": lambda application: " / ".join(
            f"{question}: {answer}" for question, answer in application.questions_and_answers
        ),
        "What happened": lambda application: application.get_status_display(),
    },
)

TERMS = Rows(
    query=lambda user: (
        GroupTerm.objects.filter(participant__user=user)
        .select_related("participant__project")
        .order_by("starts_on", "pk")
    ),
    columns={
        "Project": lambda term: term.participant.project.title,
        "Term starts": lambda term: term.starts_on.isoformat(),
        "Term ends": lambda term: term.ends_on.isoformat(),
        "Your note for the next members": lambda term: term.handover_note,
    },
)


def applications_forget(*, user, participants, remove_contributions):
    """Applications are the person's own: they go with the account, and the panel's views of
    them with them. A term stays (the group had a member then), without the person's note."""
    Application.objects.filter(participant__in=participants).delete()
    GroupTerm.objects.filter(participant__in=participants).update(handover_note="")


HELD = [
    {
        "key": "group_applications",
        "title": "Your applications to working groups",
        "collect": APPLICATIONS,
        "forget": applications_forget,
        "order": 55,
    },
    {
        "key": "group_terms",
        "title": "Your terms on working groups",
        "collect": TERMS,
        "order": 56,
    },
]
