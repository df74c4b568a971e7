"""Predicates about sessions. Role predicates come from projects.predicates: they work on a
session, a photo's session or a poll, because each has a `project`."""

import rules

from projects.predicates import is_facilitator, is_lead, membership, project_of
from projects.roles import Role
from sessions.meetings.selectors.runners import session_runner_ids
from sessions.payments.selectors.payments import paid_roles
from sessions.safeguarding.selectors import how_was_today, safety_info
from sessions.safeguarding.selectors.leads import concern_reader_ids

# Those who run sessions: plan them, see who is coming and what to arrange, check people in.
runs_sessions = is_lead | is_facilitator


@rules.predicate
def is_in_working_group(user, obj):
    """An active member who is in the project's standing working group."""
    member = membership(user, project_of(obj))
    return member is not None and member.in_working_group


@rules.predicate
def is_on_panel(user, places_round):
    """A member on the panel of a round of places on the working group."""
    panel = getattr(places_round, "panel", None)
    member = membership(user, project_of(places_round)) if panel is not None else None
    return member is not None and panel.filter(pk=member.pk).exists()


@rules.predicate
def may_apply_for_place(user, places_round):
    """Who the round is for; the panel does not judge its own application."""
    member = membership(user, project_of(places_round))
    if member is None or getattr(places_round, "who_may_apply", None) is None:
        return False
    if places_round.who_may_apply == "young_people" and member.role != Role.YOUNG_PERSON:
        return False
    return not places_round.panel.filter(pk=member.pk).exists()


@rules.predicate
def is_applicant(user, application):
    participant = getattr(application, "participant", None)
    return participant is not None and user.is_authenticated and participant.user_id == user.pk


@rules.predicate
def is_not_cancelled(user, session):
    return session is not None and not getattr(session, "is_cancelled", False)


@rules.predicate
def is_paid_by_rate_card(user, obj):
    """A member whose role the project's rate card pays: the people who may claim."""
    project = project_of(obj)
    member = membership(user, project)
    return member is not None and member.role in paid_roles(project)


@rules.predicate
def is_claimant(user, claim):
    """The person the claim is for (a lead types in claims for people taking part offline)."""
    participant = getattr(claim, "participant", None)
    return participant is not None and user.is_authenticated and participant.user_id == user.pk


@rules.predicate
def is_comment_author(user, comment):
    author = getattr(comment, "author", None)
    return author is not None and user.is_authenticated and author.user_id == user.pk


@rules.predicate
def is_not_hidden_or_deleted(user, comment):
    return comment is not None and comment.hidden_at is None and comment.deleted_at is None


@rules.predicate
def is_judge(user, pitch):
    if pitch is None or not user.is_authenticated:
        return False
    return pitch.judges.filter(user=user).exists()


@rules.predicate
def is_credential_holder(user, credential):
    """The person an Open Badge was issued to (and nobody else, not even the project's lead)."""
    holder_id = getattr(credential, "holder_id", None)
    return holder_id is not None and user.is_authenticated and holder_id == user.pk


@rules.predicate
def is_published(user, module):
    """A training module that is out of draft (on a project, the question does not arise)."""
    return module is not None and getattr(module, "is_published", True)


@rules.predicate
def is_safeguarding_lead(user, obj):
    """An active member the project lead named a safeguarding lead, or someone the
    organisation leading the project named one of its safeguarding leads. Site administrators
    are not, unless named: concerns are for the people named to receive them."""
    project = project_of(obj)
    if project is None or not user.is_authenticated or not user.is_active:
        return False
    return user.pk in concern_reader_ids(project)


@rules.predicate
def runs_this_session(user, session):
    """A member who runs this very session (sessions/meetings/selectors/runners.py), whatever
    their role in the project."""
    member = membership(user, project_of(session))
    return member is not None and member.pk in session_runner_ids(session)


@rules.predicate
def is_coming(user, session):
    member = membership(user, project_of(session))
    return member is not None and safety_info.is_coming(session, member)


@rules.predicate
def safety_info_still_kept(user, session):
    return session is not None and safety_info.still_kept(session)


@rules.predicate
def has_given_safety_info(user, session):
    member = membership(user, project_of(session))
    return safety_info.own_safety_info(session, member) is not None


@rules.predicate
def came_to_session(user, session):
    member = membership(user, project_of(session))
    return member is not None and how_was_today.came(session, member)


@rules.predicate
def how_was_today_open(user, session):
    return session is not None and how_was_today.is_open(session)
