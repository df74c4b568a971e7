"""Every kind of notice reaches each channel a person chose exactly once: their inbox, and an
email, a text and a letter where the notice is one that goes that way. Nothing is sent on a
channel without a delivery record, and nothing twice. (That no code sends email or texts
around the notice service is held by tests/codesign/test_messages_go_through_notify.py.)"""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from codesign import texts
from codesign.gateway import local
from participants.models import Consent, Delivery, Notification
from participants.services.membership import member_approve
from projects.roles import MemberStatus
from sessions.meetings.services.disruption import session_disrupt
from sessions.meetings.services.reminders import reminders_send
from sessions.meetings.services.replies import attendance_reply
from sessions.payments.services.approvals import claim_approve, claim_decline, claim_pay
from sessions.prototypes.services import rounds
from sessions.prototypes.services.pitches import pitch_set_up
from tests.participants.people import consent_for
from tests.projects.outcome_data import add_outcome
from tests.sessions.conftest import make_session, reply
from tests.sessions.payments import add_rate, make_claim
from tests.sessions.prototype_helpers import make_prototype

NUMBER = "+447911123456"


@pytest.fixture
def robyn(cast, settings):
    """The young person, with every channel on: email for every message, texts and letters."""
    settings.LETTER_GATEWAY = "codesign.gateway.local.LettersInMemory"
    user = cast.young_person
    user.email_frequency = "every"
    user.mobile, user.wants_texts = "07911 123456", True
    user.wants_letters, user.postal_address = True, "14 Shore Street\nDunoon PA23 7AB"
    user.save()
    consent_for(cast.participants["young_person"], Consent.Purpose.CONTACT, Consent.Level.YES)
    texts.outbox.clear()
    local.letters.clear()
    mail.outbox.clear()
    yield cast.participants["young_person"]
    texts.outbox.clear()
    local.letters.clear()


def place_came_free(cast, robyn):
    session = make_session(cast.project, capacity=1)
    reply(session, cast.participants["staff"], "yes")
    reply(session, robyn, "waiting")
    attendance_reply(session=session, participant=cast.participants["staff"], reply="no")


def _coming(cast, robyn, **fields):
    session = make_session(cast.project, **fields)
    reply(session, robyn, "yes")
    return session


def cancelled(cast, robyn):
    session = _coming(cast, robyn)
    session_disrupt(session=session, by=cast.lead, action="cancelled", reason="weather")


def moved_online(cast, robyn):
    session = _coming(cast, robyn)
    session_disrupt(
        session=session,
        by=cast.lead,
        action="moved_online",
        reason="weather",
        online_link="https://meet.example.org/map",
    )


def postponed(cast, robyn):
    session = _coming(cast, robyn)
    later = session.starts_at + timedelta(days=7)
    session_disrupt(
        session=session,
        by=cast.lead,
        action="postponed",
        reason="illness",
        new_starts_at=later,
        new_ends_at=later + timedelta(hours=2),
    )


def reminder(cast, robyn):
    session = _coming(cast, robyn, days=1, hour=18)
    reminders_send(now=session.starts_at - timedelta(hours=20))


def _claim(cast, robyn):
    add_rate(cast.project)
    return make_claim(robyn)


def claim_approved(cast, robyn):
    claim_approve(claim=_claim(cast, robyn), by=cast.lead, under_18_checked=True)


def claim_declined(cast, robyn):
    claim_decline(claim=_claim(cast, robyn), by=cast.lead, reason="That session was not paid.")


def claim_paid(cast, robyn):
    claim = _claim(cast, robyn)
    claim_approve(claim=claim, by=cast.lead, under_18_checked=True)
    mail.outbox.clear()
    texts.outbox.clear()
    local.letters.clear()
    Notification.objects.all().delete()
    claim_pay(claim=claim, by=cast.lead, paid_on=timezone.localdate(), route="bank")


def judge_on_a_panel(cast, robyn):
    session = make_session(cast.project)
    idea = make_prototype(cast)
    pitch_set_up(session=session, by=cast.lead, ideas=[idea], judges=[robyn], criteria=["Useful"])


def test_round_opened(cast, robyn):
    now = timezone.now()
    rounds.test_round_open(
        prototype=make_prototype(cast),
        by=cast.lead,
        question="Would this help?",
        opens_at=now,
        closes_at=now + timedelta(days=14),
    )


def changes_asked(cast, robyn):
    from projects.services.outcomes import outcome_review

    robyn.role = "lead"  # only a lead or facilitator records outcomes
    robyn.save()
    outcome = add_outcome(cast.project, robyn.user)
    Notification.objects.all().delete()
    mail.outbox.clear()
    outcome_review(outcome=outcome, by=cast.users["manager"], verdict="changes", note="Add dates")


def join_approved(cast, robyn):
    robyn.status = MemberStatus.PENDING
    robyn.save()
    member_approve(participant=robyn, by=cast.lead)


def asked_how_was_today(cast, robyn):
    from sessions.safeguarding.services.how_was_today import how_was_today_ask
    from tests.sessions.session_safety import ended_session

    ended_session(cast, came=("young_person",))
    how_was_today_ask()


def told_not_good(cast, robyn):
    from sessions.safeguarding.services.how_was_today import how_was_today_answer
    from tests.sessions.session_safety import ended_session

    session = ended_session(cast, came=("staff",))
    session.runners.set([robyn])  # a young leader running the session
    how_was_today_answer(
        session=session, participant=cast.participants["staff"], feeling="not_good"
    )


KINDS = [
    place_came_free,
    cancelled,
    moved_online,
    postponed,
    reminder,
    claim_approved,
    claim_declined,
    claim_paid,
    judge_on_a_panel,
    test_round_opened,
    changes_asked,
    join_approved,
    asked_how_was_today,
    told_not_good,
]
test_round_opened.__test__ = False  # a notice kind here, not a test


@pytest.mark.parametrize("kind", KINDS, ids=[kind.__name__ for kind in KINDS])
def test_each_notice_reaches_each_chosen_channel_exactly_once(cast, robyn, kind):
    kind(cast, robyn)
    notes = list(Notification.objects.filter(user=robyn.user).prefetch_related("deliveries"))
    assert notes, "the person was not told at all"
    assert len(notes) == 1, [n.subject for n in notes]
    (note,) = notes
    by_channel = {d.channel: d for d in note.deliveries.all()}
    # Email: one, because this person wants every message by email.
    assert [m.to for m in mail.outbox if robyn.user.email in m.to] == [[robyn.user.email]]
    assert by_channel["email"].status == Delivery.Status.SENT
    # Texts and letters: one each for what matters (essential notices, reminders, payments),
    # none for the rest; never more than one.
    texted = [t for t in texts.outbox if t.to == NUMBER]
    assert len(texted) == ("text" in by_channel) and len(texted) <= 1
    assert len(local.letters) == ("letter" in by_channel) and len(local.letters) <= 1
    if note.is_essential:
        assert set(by_channel) == {"email", "text", "letter"}
    for delivery in by_channel.values():
        assert delivery.status == Delivery.Status.SENT


def test_essential_notices_are_the_ones_that_matter(cast, robyn):
    """Sessions changing, places, money, and being let in go by every channel."""
    for kind in (place_came_free, cancelled, moved_online, claim_paid, join_approved):
        Notification.objects.all().delete()
        kind(cast, robyn)
        note = Notification.objects.get(user=robyn.user)
        assert note.is_essential or note.deliveries.filter(channel="letter").exists(), kind
