"""Who runs one session: the people named to run it (facilitators, co-trainers, young
leaders), the trainers and co-trainers of a training delivered in it, and whoever planned it
while they still lead or facilitate the project. What only a session's runners may see (the
safety information people give for it, "How was today?" answers) is asked of this, not of a
person's role in the project: a project lead who does not run this session is not one."""

from django.db.models import Q

from projects.roles import MemberStatus, Role

PLANNER_ROLES = (Role.LEAD, Role.FACILITATOR)


def session_runner_ids(session):
    """The Participant ids of the active members who run `session`, in one query, worked out
    once per session object."""
    kept = session.__dict__.get("_runner_ids")
    if kept is None:
        runs = (
            Q(sessions_run=session)
            | Q(trainings_given__session=session)
            | Q(trainings_co_given__session=session)
        )
        if session.created_by_id is not None:
            runs |= Q(user_id=session.created_by_id, role__in=PLANNER_ROLES)
        rows = session.project.participants.filter(runs, status=MemberStatus.ACTIVE)
        kept = frozenset(rows.values_list("pk", flat=True).distinct())
        session.__dict__["_runner_ids"] = kept
    return kept


def session_runners(session):
    """The active members who run `session`, with their accounts, in name order."""
    return (
        session.project.participants.filter(pk__in=session_runner_ids(session))
        .select_related("user")
        .order_by("display_name", "pk")
    )
