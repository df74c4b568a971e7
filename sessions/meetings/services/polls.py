"""Finding a time: several options, members answer each, the planner picks one."""

from django.db import transaction

from projects.freshness import changes_project
from sessions.meetings.services.sessions import session_create
from sessions.models import Availability, TimeOption, TimePoll

POLL_FIELDS = ["title", "kind", "description", "venue_name", "address", "online_link"]


class PollRefused(Exception):
    pass


@transaction.atomic
@changes_project(via="project")
def poll_create(*, project, by, fields, options):
    poll = TimePoll.objects.create(project=project, created_by=by, **fields)
    TimeOption.objects.bulk_create(
        TimeOption(poll=poll, starts_at=starts, ends_at=ends) for starts, ends in options
    )
    return poll


@transaction.atomic
@changes_project(via="participant")
def availability_save(*, poll, participant, answers):
    """answers: {option: answer}. Changing an answer replaces it."""
    locked = TimePoll.objects.select_for_update().get(pk=poll.pk)
    if not locked.is_open:
        raise PollRefused("A time has already been chosen, so this poll is closed.")
    for option, answer in answers.items():
        Availability.objects.update_or_create(
            option=option, participant=participant, defaults={"answer": answer}
        )


@transaction.atomic
@changes_project(via="poll")
def poll_pick(*, poll, option, by):
    """Turn one option into the session, copying the poll's details. One step, once."""
    locked = TimePoll.objects.select_for_update().get(pk=poll.pk)
    if not locked.is_open:
        raise PollRefused("A time has already been chosen for this poll.")
    fields = {name: getattr(locked, name) for name in POLL_FIELDS}
    fields |= {"starts_at": option.starts_at, "ends_at": option.ends_at}
    [session] = session_create(project=locked.project, by=by, fields=fields)
    locked.session = session
    locked.save(update_fields=["session"])
    return session
