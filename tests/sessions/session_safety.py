"""Helpers for the tests of session safety information and "How was today?": a session the
facilitator runs (the project lead does not), with the young person coming."""

from datetime import timedelta

from django.utils import timezone

from sessions.safeguarding.services.safety_info import safety_info_save
from tests.sessions.conftest import make_session, reply

HEALTH = "Quokka-allergy: carries an adrenaline pen in the left pocket"
CONTACT = "Wombat Smith"
PHONE = "07700 900123"


def run_by_facilitator(cast, **fields):
    session = make_session(cast.project, **fields)
    session.runners.set([cast.participants["facilitator"]])
    reply(session, cast.participants["young_person"], "yes")
    return session


def ended_session(cast, *, hours_ago=2, came=("young_person",)):
    """A session the facilitator ran that ended `hours_ago`, with `came` checked in."""
    ends = timezone.now() - timedelta(hours=hours_ago)
    session = make_session(cast.project, starts_at=ends - timedelta(hours=2), ends_at=ends)
    session.runners.set([cast.participants["facilitator"]])
    for who in came:
        reply(session, cast.participants[who], "yes", attended=True, checked_in_at=ends)
    return session


def give_safety_info(session, participant, *, health=HEALTH):
    return safety_info_save(
        session=session,
        participant=participant,
        contact_name=CONTACT,
        contact_phone=PHONE,
        contact_relationship="Aunt",
        health_notes=health,
    )
